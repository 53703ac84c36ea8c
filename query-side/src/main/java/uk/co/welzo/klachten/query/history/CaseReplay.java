package uk.co.welzo.klachten.query.history;

import uk.co.welzo.klachten.query.eventstore.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.AsAtStep;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CustomerTold;
import uk.co.welzo.klachten.api.audit.DeadlineInForce;
import uk.co.welzo.klachten.api.audit.OpenDepartmentRequest;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintState;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.OpenInquiry;
import uk.co.welzo.klachten.api.complaint.lifecycle.RunningDeadline;
import uk.co.welzo.klachten.api.complaint.sentences.EventSentences;

/**
 * Rebuilds a complaint as it stood at an instant by folding its events in sequence order, taking
 * only those that count by then: recorded by then (what the record held), or, on the occurred
 * basis, that happened by then as we know it now (a letter received Monday and typed in Tuesday
 * counts from Monday). Status, stage, deadlines and open requests follow {@link ComplaintTransition},
 * as the aggregate's do, so the deadlines are the ones the events themselves recorded.
 */
final class CaseReplay {

    private String reference;
    private Category category;
    private String handler;
    private ComplaintState state = ComplaintState.NONE;
    private final List<CustomerTold> told = new ArrayList<>();
    private final List<AsAtStep> steps = new ArrayList<>();

    static CaseAsAtView asAt(String complaintId, List<StoredEvent> events, Instant at, AsAtBasis basis) {
        CaseReplay replay = new CaseReplay();
        events.stream().filter(event -> event.countsAt(at, basis)).forEach(replay::apply);
        ComplaintState state = replay.state;
        return new CaseAsAtView(complaintId, replay.reference, at, basis, state.status(), state.stage(), replay.category,
                replay.handler, state.deadlines().stream().map(CaseReplay::inForce).toList(),
                state.inquiries().stream().map(CaseReplay::open).toList(), List.copyOf(replay.told),
                List.copyOf(replay.steps));
    }

    private void apply(StoredEvent stored) {
        steps.add(new AsAtStep(stored.sequence(), stored.type(), stored.occurredAt(), stored.recordedAt()));
        Object payload = stored.payload();
        if (payload instanceof ComplaintEvent event) {
            state = ComplaintTransition.next(state, event);
            EventSentences.toCustomer(event, reference).ifPresent(told -> tell(stored, told));
        }
        if (payload instanceof ComplaintLodged e) {
            reference = e.reference().value();
            category = e.category();
        } else if (payload instanceof ComplaintAssigned e) {
            handler = e.handler();
        } else if (payload instanceof ComplaintRecategorised e) {
            category = e.category();
        }
    }

    private static DeadlineInForce inForce(RunningDeadline d) {
        return new DeadlineInForce(d.kind(), d.inquiryId() == null ? null : d.inquiryId().value(), d.originalDue(),
                d.due(), d.warningAt(), d.policyVersion(), d.warned(), d.missed());
    }

    private static OpenDepartmentRequest open(OpenInquiry inquiry) {
        return new OpenDepartmentRequest(inquiry.inquiryId().value(), inquiry.department(), inquiry.question(),
                inquiry.requestedAt(), inquiry.responseDue());
    }

    private void tell(StoredEvent stored, EventSentences.Told what) {
        told.add(new CustomerTold(stored.sequence(), stored.occurredAt(), stored.recordedAt(), what.channel(),
                what.what()));
    }
}
