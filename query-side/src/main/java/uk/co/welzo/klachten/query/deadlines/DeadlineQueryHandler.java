package uk.co.welzo.klachten.query.deadlines;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.eventstore.CaseEvents;

/**
 * Explains deadlines from the event store itself, counting working days with the calendar the working-days module
 * builds from the same {@code klachten.policy.*} settings as the command side.
 */
@Component
class DeadlineQueryHandler {

    private final CaseEvents events;
    private final DeadlineExplainer explainer;

    DeadlineQueryHandler(CaseEvents events, WorkingDayCalendar calendar) {
        this.events = events;
        this.explainer = new DeadlineExplainer(calendar);
    }

    @QueryHandler
    Optional<DeadlineExplanation> handle(ExplainDeadline query) {
        return explainer.explain(query.complaintId().value(), events.of(query.complaintId().value()), query.kind(),
                query.inquiryId(), query.at());
    }
}
