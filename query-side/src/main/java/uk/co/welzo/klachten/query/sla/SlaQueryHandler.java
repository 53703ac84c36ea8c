package uk.co.welzo.klachten.query.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.BreachCountSummary;
import uk.co.welzo.klachten.api.sla.BreachCountsView;
import uk.co.welzo.klachten.api.sla.CurrentBreachPageView;
import uk.co.welzo.klachten.api.sla.CurrentBreachesView;
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.api.sla.FindCurrentBreachPage;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.readmodel.CountCommand;

/** Answers SLA queries, judging running clocks against the clock now. */
@Component
class SlaQueryHandler {

    static final int MAX_PAGE_SIZE = 200;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final SlaDays days;

    SlaQueryHandler(MongoTemplate mongo, Clock clock,
                    WorkingDayCalendar calendar) {
        this.mongo = mongo;
        this.days = new SlaDays(mongo);
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
        days.count(compliance, query.from(), query.to());
        return new SlaComplianceView(query.period(), query.from(), query.to(), now, compliance.summaries());
    }

    @QueryHandler
    CurrentBreachesView handle(FindCurrentBreaches query) {
        Instant now = clock.instant();
        List<SlaClockDocument> clocks = running(query(new BreachFilter(query, now).criteria())
                .with(Sort.by("currentDue", "_id")));
        Map<String, String> references = referencesOf(clocks);
        return new CurrentBreachesView(now, clocks.stream()
                .map(c -> breach(c, references.get(c.complaintId), now)).toList());
    }

    /**
     * The current breaches counted per kind, each kind by one {@code count} of a range of the running copies'
     * {@code dueOrder} ({@link RunningClockDocument#breachedBefore}): answered from its unique index, in-process as on
     * MongoDB, without reading a copy; only the counts cross the wire.
     */
    @QueryHandler
    BreachCountsView handle(FindBreachCounts query) {
        Instant now = clock.instant();
        List<BreachCountSummary> kinds = new ArrayList<>();
        for (DeadlineKind kind : query.kind() == null ? DeadlineKind.values() : new DeadlineKind[] {query.kind()}) {
            long breaches = CountCommand.count(mongo, RunningClockDocument.COLLECTION, new Document("dueOrder",
                    new Document("$gte", RunningClockDocument.firstOf(kind))
                            .append("$lt", RunningClockDocument.breachedBefore(kind, now))));
            if (breaches > 0) {
                kinds.add(new BreachCountSummary(kind, breaches));
            }
        }
        return new BreachCountsView(now, kinds.stream().mapToLong(BreachCountSummary::breaches).sum(), kinds);
    }

    /** A page of the current breaches, in the order of {@link FindCurrentBreaches}: a bounded read, whatever their number. */
    @QueryHandler
    CurrentBreachPageView handle(FindCurrentBreachPage query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page from 0 and a size from 1 to " + MAX_PAGE_SIZE + " are required");
        }
        Instant now = clock.instant();
        Criteria breached = new BreachFilter(new FindCurrentBreaches(query.kind()), now).criteria();
        long total = mongo.count(query(breached), RunningClockDocument.class);
        List<SlaClockDocument> clocks = running(query(breached).with(Sort.by("currentDue", "_id"))
                .skip((long) query.page() * query.size()).limit(query.size()));
        Map<String, String> references = referencesOf(clocks);
        return new CurrentBreachPageView(now, total, query.page(), query.size(), clocks.stream()
                .map(c -> breach(c, references.get(c.complaintId), now)).toList());
    }

    /** The running clocks the query finds among their copies ({@link RunningClockDocument}), a few of all clocks. */
    private List<SlaClockDocument> running(Query running) {
        return mongo.find(running, RunningClockDocument.class).stream().map(RunningClockDocument::clock).toList();
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
