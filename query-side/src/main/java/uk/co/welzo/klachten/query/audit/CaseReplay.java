package uk.co.welzo.klachten.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.AsAtStep;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CustomerTold;
import uk.co.welzo.klachten.api.audit.DeadlineInForce;
import uk.co.welzo.klachten.api.audit.OpenDepartmentRequest;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
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

/**
 * Rebuilds a complaint as it stood at an instant by folding its events in sequence order, taking
 * only those that count by then: recorded by then (what the record held), or, on the occurred
 * basis, that happened by then as we know it now (a letter received Monday and typed in Tuesday
 * counts from Monday). Deadlines come from the events themselves, as the aggregate keeps them.
 */
final class CaseReplay {

    private record Key(DeadlineKind kind, String inquiryId) {
    }

    private String reference;
    private ComplaintStatus status;
    private Stage stage;
    private Category category;
    private String handler;
    private final Map<Key, DeadlineInForce> deadlines = new LinkedHashMap<>();
    private final Map<String, OpenDepartmentRequest> requests = new LinkedHashMap<>();
    private final List<CustomerTold> told = new ArrayList<>();
    private final List<AsAtStep> steps = new ArrayList<>();

    static CaseAsAtView asAt(String complaintId, List<StoredEvent> events, Instant at, AsAtBasis basis) {
        CaseReplay replay = new CaseReplay();
        events.stream().filter(event -> event.countsAt(at, basis)).forEach(replay::apply);
        return new CaseAsAtView(complaintId, replay.reference, at, basis, replay.status, replay.stage, replay.category,
                replay.handler, List.copyOf(replay.deadlines.values()), List.copyOf(replay.requests.values()),
                List.copyOf(replay.told), List.copyOf(replay.steps));
    }

    private void apply(StoredEvent stored) {
        steps.add(new AsAtStep(stored.sequence(), stored.type(), stored.occurredAt(), stored.recordedAt()));
        Object payload = stored.payload();
        if (payload instanceof ComplaintLodged e) {
            reference = e.reference().value();
            status = ComplaintStatus.RECEIVED;
            stage = Stage.ONE;
            category = e.category();
            start(DeadlineKind.ACKNOWLEDGEMENT, null, e.acknowledgementDue(), e.acknowledgementWarningAt(), e.policyVersion());
        } else if (payload instanceof ComplaintAcknowledged e) {
            status = ComplaintStatus.UNDER_INVESTIGATION;
            deadlines.remove(new Key(DeadlineKind.ACKNOWLEDGEMENT, null));
            start(DeadlineKind.STAGE_ONE_RESOLUTION, null, e.stageOneResolutionDue(), e.stageOneResolutionWarningAt(),
                    e.policyVersion());
            tell(stored, e.channel().name(), "acknowledgement of the complaint, reference " + reference
                    + ", to be resolved by " + e.stageOneResolutionDue());
        } else if (payload instanceof ComplaintAssigned e) {
            handler = e.handler();
        } else if (payload instanceof ComplaintRecategorised e) {
            category = e.category();
        } else if (payload instanceof DepartmentInputRequested e) {
            requests.put(e.inquiryId().value(), new OpenDepartmentRequest(e.inquiryId().value(), e.department(),
                    e.question(), e.occurredAt(), e.responseDue()));
            start(DeadlineKind.DEPARTMENT_RESPONSE, e.inquiryId().value(), e.responseDue(), e.responseWarningAt(),
                    e.policyVersion());
        } else if (payload instanceof DepartmentInputReceived e) {
            requests.remove(e.inquiryId().value());
            deadlines.remove(new Key(DeadlineKind.DEPARTMENT_RESPONSE, e.inquiryId().value()));
        } else if (payload instanceof CustomerCommunicationRecorded e) {
            if (e.direction() == Direction.OUTBOUND) {
                tell(stored, e.channel().name(), e.summary());
            }
        } else if (payload instanceof ComplaintResolved e) {
            status = e.stage() == Stage.ONE ? ComplaintStatus.RESOLVED_AT_STAGE_ONE : ComplaintStatus.RESOLVED_AT_STAGE_TWO;
            deadlines.remove(new Key(e.stage() == Stage.ONE ? DeadlineKind.STAGE_ONE_RESOLUTION
                    : DeadlineKind.STAGE_TWO_RESOLUTION, null));
            tell(stored, null, "stage-" + (e.stage().ordinal() + 1) + " resolution: " + e.outcome() + ", " + e.remedy()
                    + (e.customerSignposted() ? "; may seek independent advice and support" : ""));
        } else if (payload instanceof ComplaintEscalated e) {
            status = ComplaintStatus.ESCALATED;
            stage = Stage.TWO;
            start(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, null, e.escalationAcknowledgementTarget(),
                    e.escalationAcknowledgementTargetWarningAt(), e.policyVersion());
            start(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, null, e.escalationAcknowledgementLimit(),
                    e.escalationAcknowledgementLimitWarningAt(), e.policyVersion());
        } else if (payload instanceof EscalationAcknowledged e) {
            status = ComplaintStatus.UNDER_REVIEW;
            deadlines.remove(new Key(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, null));
            deadlines.remove(new Key(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, null));
            start(DeadlineKind.STAGE_TWO_RESOLUTION, null, e.stageTwoResolutionDue(), e.stageTwoResolutionWarningAt(),
                    e.policyVersion());
        } else if (payload instanceof DeadlineExtended e) {
            change(new Key(e.deadline(), null), d -> new DeadlineInForce(d.kind(), d.inquiryId(), d.originalDue(),
                    e.newDue(), e.newWarningAt(), d.policyVersion(), false, false));
        } else if (payload instanceof DeadlineWarningIssued e) {
            Key key = new Key(e.deadline(), e.inquiryId() == null ? null : e.inquiryId().value());
            change(key, d -> Objects.equals(d.due(), e.due()) ? new DeadlineInForce(d.kind(), d.inquiryId(),
                    d.originalDue(), d.due(), d.warningAt(), d.policyVersion(), true, d.missed()) : d);
        } else if (payload instanceof DeadlineMissed e) {
            Key key = new Key(e.deadline(), e.inquiryId() == null ? null : e.inquiryId().value());
            change(key, d -> Objects.equals(d.due(), e.due()) ? new DeadlineInForce(d.kind(), d.inquiryId(),
                    d.originalDue(), d.due(), d.warningAt(), d.policyVersion(), d.warned(), true) : d);
        } else if (payload instanceof ComplaintClosed) {
            status = ComplaintStatus.CLOSED;
            deadlines.clear();
        } else if (payload instanceof ComplaintWithdrawn) {
            status = ComplaintStatus.WITHDRAWN;
            deadlines.clear();
        }
    }

    private void start(DeadlineKind kind, String inquiryId, Instant due, Instant warningAt, String policyVersion) {
        deadlines.put(new Key(kind, inquiryId), new DeadlineInForce(kind, inquiryId, due, due, warningAt, policyVersion,
                false, false));
    }

    private void change(Key key, java.util.function.UnaryOperator<DeadlineInForce> change) {
        deadlines.computeIfPresent(key, (k, deadline) -> change.apply(deadline));
    }

    private void tell(StoredEvent stored, String channel, String what) {
        told.add(new CustomerTold(stored.sequence(), stored.occurredAt(), stored.recordedAt(), channel, what));
    }
}
