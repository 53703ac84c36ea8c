package uk.co.welzo.klachten.query.deadlines;

import uk.co.welzo.klachten.query.eventstore.StoredEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExtensionStep;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintChanges;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.DeadlineSet;
import uk.co.welzo.klachten.api.sla.ClockVerdict;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * Explains one deadline from the events recorded by an instant: which event set it, when and under
 * which policy version, the London days it was counted across and the weekends and bank holidays
 * it skipped (the 48-hour acknowledgement counts clock hours and skips none), its extensions, the
 * warning and breach recorded, and its verdict then against the current and the original deadline.
 * The skipped days come from today's calendar; the deadline itself is the one the event recorded.
 * Which event set, moved, met or stopped the deadline is {@link ComplaintTransition}'s to say.
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
        DeadlineSet set = null;
        for (StoredEvent event : events) {
            set = steps(event, kind, inquiryId).set;
            if (set != null) {
                setter = event;
                break;
            }
        }
        if (setter == null) {
            return Optional.empty();
        }
        Instant originalDue = set.due();
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
            Steps steps = steps(event, kind, inquiryId);
            if (steps.newDue != null) {
                extensions.add(new ExtensionStep(event.sequence(), steps.previousDue, steps.newDue, event.reason(),
                        event.actor(), event.occurredAt(), event.recordedAt()));
                currentDue = steps.newDue;
            } else if (steps.warned) {
                warnedAt = event.occurredAt();
            } else if (steps.missed) {
                missedRecordedAt = event.recordedAt();
            } else if (steps.met) {
                met = event;
            } else if (steps.stopped) {
                stoppedAt = event.occurredAt();
            }
        }
        LocalDate countedFrom = LocalDate.ofInstant(setter.occurredAt(), calendar.zone());
        LocalDate lastDay = LocalDate.ofInstant(originalDue.minusNanos(1), calendar.zone());
        List<LocalDate> skipped = kind == DeadlineKind.ACKNOWLEDGEMENT || lastDay.isBefore(countedFrom)
                ? List.of() : calendar.nonWorkingDaysBetween(countedFrom, lastDay);
        Instant metAt = met == null ? null : met.occurredAt();
        return Optional.of(new DeadlineExplanation(complaintId, kind, inquiryId, setter.sequence(), setter.type(),
                setter.occurredAt(), set.policyVersion(), originalDue, countedFrom, lastDay, skipped,
                List.copyOf(extensions), currentDue, warnedAt, missedRecordedAt, metAt,
                met == null ? null : met.sequence(), at, verdict(currentDue, metAt, stoppedAt, at),
                verdict(originalDue, metAt, stoppedAt, at)));
    }

    private static Steps steps(StoredEvent event, DeadlineKind kind, String inquiryId) {
        Steps steps = new Steps(kind, inquiryId);
        if (event.payload() instanceof ComplaintEvent complaintEvent) {
            ComplaintTransition.tell(complaintEvent, steps);
        }
        return steps;
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

    /**
     * What one event did to the deadline explained, as {@link ComplaintTransition} tells it. A deadline of
     * the complaint's own is found by its kind whatever inquiry is asked about; a warning or a breach, and
     * a department's answer, must name the inquiry asked about.
     */
    private static final class Steps implements ComplaintChanges {

        private final DeadlineKind kind;
        private final String inquiryId;
        DeadlineSet set;
        Instant previousDue;
        Instant newDue;
        boolean warned;
        boolean missed;
        boolean met;
        boolean stopped;

        Steps(DeadlineKind kind, String inquiryId) {
            this.kind = kind;
            this.inquiryId = inquiryId;
        }

        @Override
        public void deadlineSet(DeadlineSet deadline) {
            if (set == null && deadline.kind() == kind && ownOrAsked(deadline.inquiryId())) {
                set = deadline;
            }
        }

        @Override
        public void obligationMet(DeadlineKind metKind, InquiryId metInquiry) {
            met |= metKind == kind && ownOrAsked(metInquiry);
        }

        @Override
        public void deadlineExtended(DeadlineKind extended, Instant originalDue, Instant previous, Instant next,
                                     Instant newWarningAt) {
            if (extended == kind) {
                previousDue = previous;
                newDue = next;
            }
        }

        @Override
        public void warningIssued(DeadlineKind warnedKind, InquiryId warnedInquiry, Instant due) {
            warned |= concerns(warnedKind, warnedInquiry);
        }

        @Override
        public void deadlineMissed(DeadlineKind missedKind, InquiryId missedInquiry, Instant due) {
            missed |= concerns(missedKind, missedInquiry);
        }

        @Override
        public void clocksStopped() {
            stopped = true;
        }

        private boolean ownOrAsked(InquiryId inquiry) {
            return inquiry == null || inquiry.value().equals(inquiryId);
        }

        private boolean concerns(DeadlineKind eventKind, InquiryId eventInquiry) {
            return eventKind == kind && Objects.equals(eventInquiry == null ? null : eventInquiry.value(), inquiryId);
        }
    }
}
