package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/**
 * Something that happened to one complaint: every event of the Complaint aggregate, and only those
 * (a reference number's reservation belongs to another aggregate). Sealed, so that what each event
 * does to a complaint ({@code ComplaintTransition}) and how it reads to people can be checked to
 * cover them all. The methods are the records' own accessors: the stored JSON gains nothing. Each type carries its
 * {@code @Revision}; a change to a released one raises it and adds an upcaster (README, "Changing an event").
 */
public sealed interface ComplaintEvent permits
        ComplaintLodged, ComplaintAcknowledged, ComplaintAssigned, ComplaintRecategorised, InvestigationNoteRecorded,
        DepartmentInputRequested, DepartmentInputReceived, CustomerCommunicationRecorded, ComplaintResolved,
        ComplaintEscalated, EscalationAcknowledged, DeadlineExtended, DeadlineWarningIssued, DeadlineMissed,
        ComplaintClosed, ComplaintWithdrawn, ExternalReferralRecorded, LetterWritten, RetentionScheduled, LegalHoldPlaced,
        LegalHoldReleased, PersonalDataErased {

    ComplaintId complaintId();

    /** When it happened (business time); for a warning or a breach, the moment fixed when the deadline was set. */
    Instant occurredAt();

    /** When it was recorded. */
    Instant recordedAt();

    Actor actor();
}
