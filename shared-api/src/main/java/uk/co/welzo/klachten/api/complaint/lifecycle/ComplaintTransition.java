package uk.co.welzo.klachten.api.complaint.lifecycle;

import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ACKNOWLEDGEMENT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.DEPARTMENT_RESPONSE;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_TWO_RESOLUTION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Stage;
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

/**
 * What each event does to a complaint's status, stage, running deadlines and open requests for
 * department input, written once (the Lifecycle of DOMAIN.md). The aggregate, the projections and
 * the auditors' replays all follow it: {@link #next} folds an event into a {@link ComplaintState};
 * {@link #tell} tells the same steps to a reader whose record has another shape. An event type not
 * handled here is refused, and a test feeds it every {@link ComplaintEvent} there is.
 */
public final class ComplaintTransition {

    private ComplaintTransition() {
    }

    public static ComplaintState next(ComplaintState state, ComplaintEvent event) {
        Folding folding = new Folding(state, event);
        tell(event, folding);
        return folding.state();
    }

    /** Tells {@code changes}, in order, each step {@code event} takes the complaint through. */
    public static void tell(ComplaintEvent event, ComplaintChanges changes) {
        if (event instanceof ComplaintLodged e) {
            changes.statusChanged(ComplaintStatus.RECEIVED);
            changes.stageChanged(Stage.ONE);
            changes.deadlineSet(new DeadlineSet(ACKNOWLEDGEMENT, null, e.acknowledgementDue(),
                    e.acknowledgementWarningAt(), e.policyVersion()));
        } else if (event instanceof ComplaintAcknowledged e) {
            changes.statusChanged(ComplaintStatus.UNDER_INVESTIGATION);
            changes.obligationMet(ACKNOWLEDGEMENT, null);
            changes.deadlineSet(new DeadlineSet(STAGE_ONE_RESOLUTION, null, e.stageOneResolutionDue(),
                    e.stageOneResolutionWarningAt(), e.policyVersion()));
        } else if (event instanceof DepartmentInputRequested e) {
            changes.inquiryOpened(new OpenInquiry(e.inquiryId(), e.department(), e.question(), e.occurredAt(),
                    e.responseDue()));
            changes.deadlineSet(new DeadlineSet(DEPARTMENT_RESPONSE, e.inquiryId(), e.responseDue(),
                    e.responseWarningAt(), e.policyVersion()));
        } else if (event instanceof DepartmentInputReceived e) {
            changes.inquiryAnswered(e.inquiryId());
            changes.obligationMet(DEPARTMENT_RESPONSE, e.inquiryId());
        } else if (event instanceof ComplaintResolved e) {
            boolean stageOne = e.stage() == Stage.ONE;
            changes.statusChanged(stageOne ? ComplaintStatus.RESOLVED_AT_STAGE_ONE : ComplaintStatus.RESOLVED_AT_STAGE_TWO);
            changes.obligationMet(stageOne ? STAGE_ONE_RESOLUTION : STAGE_TWO_RESOLUTION, null);
        } else if (event instanceof ComplaintEscalated e) {
            changes.statusChanged(ComplaintStatus.ESCALATED);
            changes.stageChanged(Stage.TWO);
            changes.deadlineSet(new DeadlineSet(ESCALATION_ACKNOWLEDGEMENT_TARGET, null,
                    e.escalationAcknowledgementTarget(), e.escalationAcknowledgementTargetWarningAt(), e.policyVersion()));
            changes.deadlineSet(new DeadlineSet(ESCALATION_ACKNOWLEDGEMENT_LIMIT, null,
                    e.escalationAcknowledgementLimit(), e.escalationAcknowledgementLimitWarningAt(), e.policyVersion()));
        } else if (event instanceof EscalationAcknowledged e) {
            changes.statusChanged(ComplaintStatus.UNDER_REVIEW);
            changes.obligationMet(ESCALATION_ACKNOWLEDGEMENT_TARGET, null);
            changes.obligationMet(ESCALATION_ACKNOWLEDGEMENT_LIMIT, null);
            changes.deadlineSet(new DeadlineSet(STAGE_TWO_RESOLUTION, null, e.stageTwoResolutionDue(),
                    e.stageTwoResolutionWarningAt(), e.policyVersion()));
        } else if (event instanceof DeadlineExtended e) {
            changes.deadlineExtended(e.deadline(), e.originalDue(), e.previousDue(), e.newDue(), e.newWarningAt());
        } else if (event instanceof DeadlineWarningIssued e) {
            changes.warningIssued(e.deadline(), e.inquiryId(), e.due());
        } else if (event instanceof DeadlineMissed e) {
            changes.deadlineMissed(e.deadline(), e.inquiryId(), e.due());
        } else if (event instanceof ComplaintClosed) {
            changes.statusChanged(ComplaintStatus.CLOSED);
            changes.clocksStopped();
        } else if (event instanceof ComplaintWithdrawn) {
            changes.statusChanged(ComplaintStatus.WITHDRAWN);
            changes.clocksStopped();
        } else if (event instanceof ComplaintAssigned || event instanceof ComplaintRecategorised
                || event instanceof InvestigationNoteRecorded || event instanceof CustomerCommunicationRecorded
                || event instanceof ExternalReferralRecorded || event instanceof LetterWritten
                || event instanceof RetentionScheduled || event instanceof LegalHoldPlaced
                || event instanceof LegalHoldReleased || event instanceof PersonalDataErased) {
            // recorded on the complaint; its status, stage and deadlines stay as they were
        } else {
            throw new IllegalArgumentException("no transition for " + event.getClass().getName());
        }
    }

    /** Folds the steps of one event into the next state. */
    private static final class Folding implements ComplaintChanges {

        private final ComplaintEvent event;
        private ComplaintStatus status;
        private Stage stage;
        private final List<RunningDeadline> deadlines;
        private final List<OpenInquiry> inquiries;

        Folding(ComplaintState state, ComplaintEvent event) {
            this.event = event;
            this.status = state.status();
            this.stage = state.stage();
            this.deadlines = new ArrayList<>(state.deadlines());
            this.inquiries = new ArrayList<>(state.inquiries());
        }

        ComplaintState state() {
            return new ComplaintState(status, stage, deadlines, inquiries);
        }

        @Override
        public void statusChanged(ComplaintStatus next) {
            status = next;
        }

        @Override
        public void stageChanged(Stage next) {
            stage = next;
        }

        @Override
        public void deadlineSet(DeadlineSet deadline) {
            deadlines.removeIf(running -> running.is(deadline.kind(), deadline.inquiryId()));
            deadlines.add(RunningDeadline.started(deadline));
        }

        @Override
        public void obligationMet(DeadlineKind kind, InquiryId inquiryId) {
            deadlines.removeIf(running -> running.is(kind, inquiryId));
        }

        @Override
        public void deadlineExtended(DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
                                     Instant newWarningAt) {
            deadlines.replaceAll(running -> running.is(kind, null) ? running.extendedTo(newDue, newWarningAt) : running);
        }

        @Override
        public void warningIssued(DeadlineKind kind, InquiryId inquiryId, Instant due) {
            deadlines.replaceAll(running -> inForce(running, kind, inquiryId, due)
                    ? running.warnedOn(event.occurredAt()) : running);
        }

        @Override
        public void deadlineMissed(DeadlineKind kind, InquiryId inquiryId, Instant due) {
            deadlines.replaceAll(running -> inForce(running, kind, inquiryId, due)
                    ? running.missedOn(event.occurredAt()) : running);
        }

        @Override
        public void clocksStopped() {
            deadlines.clear();
        }

        @Override
        public void inquiryOpened(OpenInquiry inquiry) {
            inquiries.removeIf(open -> open.inquiryId().equals(inquiry.inquiryId()));
            inquiries.add(inquiry);
        }

        @Override
        public void inquiryAnswered(InquiryId inquiryId) {
            inquiries.removeIf(open -> open.inquiryId().equals(inquiryId));
        }

        /** A warning or a breach concerns the deadline due then; an extension since made it another deadline. */
        private static boolean inForce(RunningDeadline running, DeadlineKind kind, InquiryId inquiryId,
                                       Instant due) {
            return running.is(kind, inquiryId) && Objects.equals(running.due(), due);
        }
    }
}
