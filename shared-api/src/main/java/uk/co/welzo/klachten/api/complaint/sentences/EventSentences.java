package uk.co.welzo.klachten.api.complaint.sentences;

import java.util.Locale;
import java.util.Optional;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineFact;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ExternalReferralRecorded;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;

/**
 * Every sentence the service writes about an event, for people, in one place: the auditors' history
 * (one per stored event, the payload's fields beside it), the case timeline (staff and analysts read it:
 * never personal data or free text) and what the customer had been told, as at an instant. Each wording
 * is what its read model has always stored or answered; changing one changes a query result. The command
 * side tells a refused If-Match what changed in the timeline's words, so the sentences live here, where both
 * sides can read them.
 */
public final class EventSentences {

    private EventSentences() {
    }

    /** What the customer was told by an event: over which channel (null when not recorded), and what. */
    public record Told(String channel, String what) {
    }

    /**
     * What people wrote in the event, word for word, for the staff's case view (R3.1: the investigator considers all
     * earlier correspondence): the description, a note, a department's question or answer, a communication's summary,
     * a reason given, the remedy. Null when nobody wrote anything. Personal data: never for analysts' views.
     */
    public static String writtenIn(ComplaintEvent event) {
        if (event instanceof ComplaintLodged e) {
            return e.description();
        }
        if (event instanceof InvestigationNoteRecorded e) {
            return e.note();
        }
        if (event instanceof DepartmentInputRequested e) {
            return e.question();
        }
        if (event instanceof DepartmentInputReceived e) {
            return e.answer();
        }
        if (event instanceof CustomerCommunicationRecorded e) {
            return e.summary();
        }
        if (event instanceof ComplaintRecategorised e) {
            return e.reason();
        }
        if (event instanceof ComplaintEscalated e) {
            return e.reason();
        }
        if (event instanceof ComplaintWithdrawn e) {
            return e.reason();
        }
        if (event instanceof DeadlineExtended e) {
            return e.reason();
        }
        if (event instanceof ComplaintResolved e) {
            if (e.review() == null) {
                return e.remedy();
            }
            // R4.2: the manager's review of the complaint and the stage-1 resolution, and any further action
            return e.remedy() + "\nReview: " + e.review().summary()
                    + (e.review().furtherAction() == null || e.review().furtherAction().isBlank() ? ""
                    : "\nFurther action: " + e.review().furtherAction());
        }
        if (event instanceof LetterWritten e) {
            return e.findings();
        }
        return null;
    }

    /** The auditors' history: one sentence per stored event; an unknown event is named in words. */
    public static String forHistory(Object payload) {
        String known = history(payload);
        return known != null ? known : capitalised(payload.getClass().getSimpleName()
                .replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)) + ".";
    }

    /** The history's sentence for an event it knows; null for any other. */
    static String history(Object payload) {
        if (payload instanceof ComplaintLodged e) {
            return "Complaint received by " + words(e.channel()) + " in category " + words(e.category())
                    + ", reference " + e.reference() + "; to be acknowledged by " + e.acknowledgementDue()
                    + " (policy " + e.policyVersion() + ").";
        }
        if (payload instanceof ComplaintAcknowledged e) {
            return "Acknowledged to the customer by " + words(e.channel())
                    + (e.reference() == null ? "" : ", giving reference " + e.reference())
                    + "; stage-1 resolution due by "
                    + e.stageOneResolutionDue() + " (policy " + e.policyVersion() + ").";
        }
        if (payload instanceof ComplaintAssigned e) {
            return "Assigned to " + e.handler() + (e.previousHandler() == null ? "." : " (was " + e.previousHandler() + ").");
        }
        if (payload instanceof ComplaintRecategorised e) {
            return "Recategorised from " + words(e.previousCategory()) + " to " + words(e.category()) + ".";
        }
        if (payload instanceof InvestigationNoteRecorded) {
            return "Investigation note recorded.";
        }
        if (payload instanceof DepartmentInputRequested e) {
            return "Input requested from " + words(e.department()) + " (inquiry " + e.inquiryId()
                    + "), to answer by " + e.responseDue() + ".";
        }
        if (payload instanceof DepartmentInputReceived e) {
            return words(e.department()) + " answered inquiry " + e.inquiryId() + ".";
        }
        if (payload instanceof CustomerCommunicationRecorded e) {
            return capitalised(words(e.direction())) + " " + words(e.channel()) + " communication with the customer recorded.";
        }
        if (payload instanceof ComplaintResolved e) {
            return "Stage " + (e.stage().ordinal() + 1) + " resolved: " + words(e.outcome())
                    + (e.customerSignposted() ? "; customer told of independent advice and support" : "")
                    + (e.findingsCommunicatedIn() == null ? "." : "; findings told by " + words(e.findingsChannel())
                    + " (communication " + e.findingsCommunicatedIn().value() + ").");
        }
        if (payload instanceof ComplaintEscalated e) {
            return "Escalation requested; to be acknowledged by " + e.escalationAcknowledgementTarget()
                    + " (target) and " + e.escalationAcknowledgementLimit() + " at the latest.";
        }
        if (payload instanceof EscalationAcknowledged e) {
            return "Escalation acknowledged and passed to " + e.departmentManager().name() + " ("
                    + e.departmentManager().department() + "); stage-2 resolution due by " + e.stageTwoResolutionDue() + ".";
        }
        if (payload instanceof DeadlineExtended e) {
            return capitalised(words(e.deadline())) + " deadline extended from " + e.previousDue() + " to "
                    + e.newDue() + " (originally " + e.originalDue() + ").";
        }
        if (payload instanceof DeadlineWarningIssued e) {
            return "Warning: the " + words(e.deadline()) + " deadline " + e.due() + " is near.";
        }
        if (payload instanceof DeadlineMissed e) {
            return "The " + words(e.deadline()) + " deadline " + e.due() + " was missed.";
        }
        if (payload instanceof ComplaintClosed e) {
            return "Closed: " + words(e.reason()) + ".";
        }
        if (payload instanceof ComplaintWithdrawn) {
            return "Withdrawn by the customer.";
        }
        if (payload instanceof ExternalReferralRecorded e) {
            return "Referred to " + e.body() + ".";
        }
        if (payload instanceof LetterWritten e) {
            return capitalised(words(e.kind())) + " letter written for the customer, to be sent as communication "
                    + e.communicationId() + ".";
        }
        if (payload instanceof RetentionScheduled e) {
            return "Personal data to be kept until " + e.eraseAfter() + " (policy " + e.retentionPolicy() + ").";
        }
        if (payload instanceof LegalHoldPlaced) {
            return "Legal hold placed: the personal data is kept until the hold is released.";
        }
        if (payload instanceof LegalHoldReleased e) {
            return "Legal hold released" + (e.eraseAfter() == null ? "." : "; personal data now kept until "
                    + e.eraseAfter() + ".");
        }
        if (payload instanceof PersonalDataErased e) {
            return "The complainant's personal data was erased (" + words(e.ground()) + ", requested by "
                    + words(e.requester()) + (e.requestReference() == null ? "" : ", reference " + e.requestReference())
                    + ").";
        }
        if (payload instanceof ReferenceNumberReserved e) {
            return "Reference " + e.reference() + " reserved for complaint " + e.complaintId() + ".";
        }
        return null;
    }

    /** The case timeline's summary: what happened, without personal data or free text (R8.1). */
    public static String forTimeline(ComplaintEvent event) {
        if (event instanceof ComplaintLodged e) {
            return "Lodged by " + e.channel() + ", category " + e.category();
        }
        if (event instanceof ComplaintAcknowledged e) {
            return "Acknowledged by " + e.channel() + "; stage-one resolution due " + e.stageOneResolutionDue();
        }
        if (event instanceof ComplaintAssigned e) {
            return e.previousHandler() == null ? "Assigned to " + e.handler()
                    : "Reassigned from " + e.previousHandler() + " to " + e.handler();
        }
        if (event instanceof ComplaintRecategorised e) {
            return "Recategorised from " + e.previousCategory() + " to " + e.category();
        }
        if (event instanceof InvestigationNoteRecorded) {
            return "Investigation note recorded";
        }
        if (event instanceof DepartmentInputRequested e) {
            return "Input requested from " + e.department() + " (inquiry " + e.inquiryId() + ")";
        }
        if (event instanceof DepartmentInputReceived e) {
            return "Input received from " + e.department() + " (inquiry " + e.inquiryId() + ")";
        }
        if (event instanceof CustomerCommunicationRecorded e) {
            return e.direction() + " " + e.channel() + " communication recorded";
        }
        if (event instanceof ComplaintResolved e) {
            return "Stage " + e.stage() + " resolved: " + e.outcome()
                    + (e.customerSignposted() ? "; customer signposted to independent review" : "")
                    + (e.findingsChannel() == null ? "" : "; findings told by " + e.findingsChannel());
        }
        if (event instanceof ComplaintEscalated e) {
            return "Escalated to stage two; acknowledgement due " + e.escalationAcknowledgementTarget()
                    + ", at the latest " + e.escalationAcknowledgementLimit();
        }
        if (event instanceof EscalationAcknowledged e) {
            return "Escalation acknowledged and given to the " + e.departmentManager().department()
                    + " manager; stage-two resolution due " + e.stageTwoResolutionDue();
        }
        if (event instanceof DeadlineExtended e) {
            return e.deadline() + " deadline extended from " + e.previousDue() + " to " + e.newDue();
        }
        if (event instanceof DeadlineWarningIssued e) {
            return e.deadline() + inquiry(e) + " deadline near: due " + e.due();
        }
        if (event instanceof DeadlineMissed e) {
            return e.deadline() + inquiry(e) + " deadline missed: was due " + e.due();
        }
        if (event instanceof ComplaintClosed e) {
            return "Closed: " + e.reason();
        }
        if (event instanceof ComplaintWithdrawn) {
            return "Withdrawn by the customer";
        }
        if (event instanceof ExternalReferralRecorded e) {
            return "Referred to " + e.body();
        }
        if (event instanceof LetterWritten e) {
            return capitalised(words(e.kind())) + " letter written";
        }
        if (event instanceof RetentionScheduled e) {
            return "Personal data kept until " + e.eraseAfter();
        }
        if (event instanceof LegalHoldPlaced) {
            return "Legal hold placed";
        }
        if (event instanceof LegalHoldReleased e) {
            return "Legal hold released" + (e.eraseAfter() == null ? "" : "; personal data kept until " + e.eraseAfter());
        }
        if (event instanceof PersonalDataErased e) {
            return "Personal data erased (" + words(e.ground()) + ")";
        }
        throw new IllegalArgumentException("no timeline summary for " + event.getClass().getName());
    }

    /**
     * What the customer was told by this event, if anything: the acknowledgement (giving the complaint's
     * reference), an outbound communication, a resolution.
     */
    public static Optional<Told> toCustomer(ComplaintEvent event, String reference) {
        if (event instanceof ComplaintAcknowledged e) {
            String given = e.reference() != null ? e.reference().value() : reference;
            return Optional.of(new Told(e.channel().name(), "acknowledgement of the complaint, reference " + given
                    + ", to be resolved by " + e.stageOneResolutionDue()));
        }
        if (event instanceof CustomerCommunicationRecorded e && e.direction() == Direction.OUTBOUND) {
            return Optional.of(new Told(e.channel().name(), e.summary()));
        }
        if (event instanceof ComplaintResolved e) {
            return Optional.of(new Told(null, "stage-" + (e.stage().ordinal() + 1) + " resolution: " + e.outcome() + ", "
                    + e.remedy() + (e.customerSignposted() ? "; may seek independent advice and support" : "")));
        }
        return Optional.empty();
    }

    private static String inquiry(DeadlineFact fact) {
        return fact.inquiryId() == null ? "" : " (inquiry " + fact.inquiryId() + ")";
    }

    static String words(Object constant) {
        return constant == null ? "none" : constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
