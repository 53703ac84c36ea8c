package uk.co.welzo.klachten.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExtensionStep;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.sla.ClockVerdict;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * Explains one deadline from the events recorded by an instant: which event set it, when and under
 * which policy version, the London days it was counted across and the weekends and bank holidays
 * it skipped (the 48-hour acknowledgement counts clock hours and skips none), its extensions, the
 * warning and breach recorded, and its verdict then against the current and the original deadline.
 * The skipped days come from today's calendar; the deadline itself is the one the event recorded.
 */
final class DeadlineExplainer {

    private final WorkingDayCalendar calendar;

    DeadlineExplainer(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Optional<DeadlineExplanation> explain(String complaintId, List<StoredEvent> all, DeadlineKind kind,
                                          String inquiryId, Instant at) {
        List<StoredEvent> events = all.stream().filter(event -> !event.recordedAt().isAfter(at)).toList();
        StoredEvent setter = null;
        Instant originalDue = null;
        String policyVersion = null;
        for (StoredEvent event : events) {
            Object p = event.payload();
            Instant due = null;
            if (kind == DeadlineKind.ACKNOWLEDGEMENT && p instanceof ComplaintLodged e) {
                due = e.acknowledgementDue();
                policyVersion = e.policyVersion();
            } else if (kind == DeadlineKind.STAGE_ONE_RESOLUTION && p instanceof ComplaintAcknowledged e) {
                due = e.stageOneResolutionDue();
                policyVersion = e.policyVersion();
            } else if (kind == DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET && p instanceof ComplaintEscalated e) {
                due = e.escalationAcknowledgementTarget();
                policyVersion = e.policyVersion();
            } else if (kind == DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT && p instanceof ComplaintEscalated e) {
                due = e.escalationAcknowledgementLimit();
                policyVersion = e.policyVersion();
            } else if (kind == DeadlineKind.STAGE_TWO_RESOLUTION && p instanceof EscalationAcknowledged e) {
                due = e.stageTwoResolutionDue();
                policyVersion = e.policyVersion();
            } else if (kind == DeadlineKind.DEPARTMENT_RESPONSE && p instanceof DepartmentInputRequested e
                    && e.inquiryId().value().equals(inquiryId)) {
                due = e.responseDue();
                policyVersion = e.policyVersion();
            }
            if (due != null) {
                setter = event;
                originalDue = due;
                break;
            }
        }
        if (setter == null) {
            return Optional.empty();
        }
        Instant currentDue = originalDue;
        List<ExtensionStep> extensions = new ArrayList<>();
        Instant warnedAt = null;
        Instant missedRecordedAt = null;
        StoredEvent met = null;
        Instant stoppedAt = null;
        for (StoredEvent event : events) {
            if (event.sequence() <= setter.sequence() || met != null || stoppedAt != null) {
                continue;
            }
            Object p = event.payload();
            if (p instanceof DeadlineExtended e && e.deadline() == kind) {
                extensions.add(new ExtensionStep(event.sequence(), e.previousDue(), e.newDue(), e.reason(),
                        event.actor(), event.occurredAt(), event.recordedAt()));
                currentDue = e.newDue();
            } else if (p instanceof DeadlineWarningIssued e && concerns(e.deadline(), e.inquiryId(), kind, inquiryId)) {
                warnedAt = event.occurredAt();
            } else if (p instanceof DeadlineMissed e && concerns(e.deadline(), e.inquiryId(), kind, inquiryId)) {
                missedRecordedAt = event.recordedAt();
            } else if (meets(p, kind, inquiryId)) {
                met = event;
            } else if (p instanceof ComplaintClosed || p instanceof ComplaintWithdrawn) {
                stoppedAt = event.occurredAt();
            }
        }
        LocalDate countedFrom = LocalDate.ofInstant(setter.occurredAt(), calendar.zone());
        LocalDate lastDay = LocalDate.ofInstant(originalDue.minusNanos(1), calendar.zone());
        List<LocalDate> skipped = kind == DeadlineKind.ACKNOWLEDGEMENT || lastDay.isBefore(countedFrom)
                ? List.of() : calendar.nonWorkingDaysBetween(countedFrom, lastDay);
        Instant metAt = met == null ? null : met.occurredAt();
        return Optional.of(new DeadlineExplanation(complaintId, kind, inquiryId, setter.sequence(), setter.type(),
                setter.occurredAt(), policyVersion, originalDue, countedFrom, lastDay, skipped, List.copyOf(extensions),
                currentDue, warnedAt, missedRecordedAt, metAt, met == null ? null : met.sequence(), at,
                verdict(currentDue, metAt, stoppedAt, at), verdict(originalDue, metAt, stoppedAt, at)));
    }

    /** As the SLA clocks judge (ClockVerdict): met before the deadline, missed, stopped by closure before it, or running. */
    static ClockVerdict verdict(Instant due, Instant metAt, Instant stoppedAt, Instant at) {
        if (metAt != null) {
            return metAt.isBefore(due) ? ClockVerdict.MET : ClockVerdict.MISSED;
        }
        if (stoppedAt != null) {
            return stoppedAt.isBefore(due) ? ClockVerdict.STOPPED : ClockVerdict.MISSED;
        }
        return at.isBefore(due) ? ClockVerdict.RUNNING : ClockVerdict.MISSED;
    }

    private static boolean concerns(DeadlineKind eventKind, Object eventInquiry, DeadlineKind kind, String inquiryId) {
        return eventKind == kind && Objects.equals(eventInquiry == null ? null : eventInquiry.toString(), inquiryId);
    }

    private static boolean meets(Object p, DeadlineKind kind, String inquiryId) {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> p instanceof ComplaintAcknowledged;
            case STAGE_ONE_RESOLUTION -> p instanceof ComplaintResolved e && e.stage() == Stage.ONE;
            case ESCALATION_ACKNOWLEDGEMENT_TARGET, ESCALATION_ACKNOWLEDGEMENT_LIMIT -> p instanceof EscalationAcknowledged;
            case STAGE_TWO_RESOLUTION -> p instanceof ComplaintResolved e && e.stage() == Stage.TWO;
            case DEPARTMENT_RESPONSE -> p instanceof DepartmentInputReceived e && e.inquiryId().value().equals(inquiryId);
        };
    }
}
