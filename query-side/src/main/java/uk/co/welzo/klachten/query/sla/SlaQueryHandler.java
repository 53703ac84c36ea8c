package uk.co.welzo.klachten.query.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.SlaClocksView;

/** Answers a complaint's SLA clocks, judging running ones against the clock now. */
@Component
class SlaQueryHandler {

    private final MongoTemplate mongo;
    private final Clock clock;

    SlaQueryHandler(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    Optional<SlaClocksView> handle(FindSlaClocks query) {
        List<SlaClockDocument> clocks = mongo.find(query(where("complaintId").is(query.complaintId().value())),
                SlaClockDocument.class);
        if (clocks.isEmpty()) {
            return Optional.empty();
        }
        clocks.sort(Comparator.comparing((SlaClockDocument c) -> c.startedAt).thenComparing(c -> c.kind));
        String reference = clocks.stream().map(c -> c.reference).filter(r -> r != null).findFirst().orElse(null);
        return Optional.of(new SlaClocksView(query.complaintId().value(), reference,
                clocks.stream().map(c -> c.toView(clock)).toList()));
    }
}
