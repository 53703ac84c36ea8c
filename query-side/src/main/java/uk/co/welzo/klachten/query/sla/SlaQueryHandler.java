package uk.co.welzo.klachten.query.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.CurrentBreachesView;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/** Answers SLA queries, judging running clocks against the clock now. */
@Component
class SlaQueryHandler {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    SlaQueryHandler(MongoTemplate mongo, Clock clock,
                    WorkingDayCalendar calendar) {
        this.mongo = mongo;
        this.clock = clock;
        this.calendar = calendar;
    }

    @QueryHandler
    Optional<SlaClocksView> handle(FindSlaClocks query) {
        List<SlaClockDocument> clocks = SlaClockDocument.allOf(
                id -> mongo.findById(id, SlaClockDocument.class), query.complaintId().value());
        if (clocks.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        clocks.sort(Comparator.comparing((SlaClockDocument c) -> c.startedAt).thenComparing(c -> c.kind));
        String reference = clocks.stream().map(c -> c.reference).filter(Objects::nonNull).findFirst().orElse(null);
        return Optional.of(new SlaClocksView(query.complaintId().value(), reference,
                clocks.stream().map(c -> c.toView(now, calendar)).toList()));
    }

    @QueryHandler
    SlaComplianceView handle(FindSlaCompliance query) {
        if (query.period() == null || query.from() == null || query.to() == null || !query.from().isBefore(query.to())) {
            throw new IllegalArgumentException("a period and from before to are required");
        }
        Instant now = clock.instant();
        SlaCompliance compliance = new SlaCompliance(query.period(), query.from(), query.to(), now);
        Query started = query(where("startedAt").gte(query.from()).lt(query.to())
                .and("kind").ne(DeadlineKind.DEPARTMENT_RESPONSE));
        started.fields().include("kind", "startedAt", "originalDue", "currentDue", "metAt", "stoppedAt", "running");
        try (Stream<SlaClockDocument> clocks = mongo.stream(started, SlaClockDocument.class)) {
            clocks.forEach(compliance::add);
        }
        return new SlaComplianceView(query.period(), query.from(), query.to(), now, compliance.summaries());
    }

    @QueryHandler
    CurrentBreachesView handle(FindCurrentBreaches query) {
        Instant now = clock.instant();
        List<SlaClockDocument> clocks = mongo.find(query(new BreachFilter(query, now).criteria())
                        .with(Sort.by("currentDue", "_id")),
                SlaClockDocument.class);
        Map<String, String> references = referencesOf(clocks);
        return new CurrentBreachesView(now, clocks.stream()
                .map(c -> breach(c, references.get(c.complaintId), now)).toList());
    }

    static SlaBreachSummary breach(SlaClockDocument clock, String reference, Instant now) {
        return new SlaBreachSummary(clock.complaintId, reference, clock.kind, clock.inquiryId, clock.originalDue,
                clock.currentDue, clock.missedAt, TimeTaken.roundedHours(Duration.between(clock.currentDue, now)));
    }

    /** The reference is kept on each complaint's acknowledgement clock, the one every complaint has. */
    private Map<String, String> referencesOf(List<SlaClockDocument> clocks) {
        List<String> ids = clocks.stream().map(c -> SlaClockDocument.idOf(c.complaintId, DeadlineKind.ACKNOWLEDGEMENT, null))
                .distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query acknowledgements = query(where("_id").in(ids));
        acknowledgements.fields().include("complaintId", "reference");
        return mongo.find(acknowledgements, SlaClockDocument.class).stream().filter(c -> c.reference != null)
                .collect(Collectors.toMap(c -> c.complaintId, c -> c.reference, (a, b) -> a));
    }
}
