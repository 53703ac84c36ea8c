package uk.co.welzo.klachten.query.returns;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.FindReturns;
import uk.co.welzo.klachten.api.audit.ReturnsView;

/** Counts the returns from the event store as it stood at the date asked. */
@Component
class ReturnsQueryHandler {

    private final Returns returns;

    ReturnsQueryHandler(Returns returns) {
        this.returns = returns;
    }

    @QueryHandler
    ReturnsView handle(FindReturns query) {
        return returns.count(query.from(), query.to(), query.asAt());
    }
}
