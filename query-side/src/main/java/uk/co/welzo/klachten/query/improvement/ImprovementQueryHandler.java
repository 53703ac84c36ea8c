package uk.co.welzo.klachten.query.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.query.FindComplaintImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementAction;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindOpenImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionSummary;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionView;
import uk.co.welzo.klachten.query.readmodel.LondonDays;

/** Answers the improvement-action queries from their read model; an unknown action is an empty answer (404 at the edge). */
@Component
class ImprovementQueryHandler {

    static final ZoneId LONDON = LondonDays.LONDON;
    private static final List<ImprovementState> OPEN = List.of(ImprovementState.PROPOSED, ImprovementState.AGREED,
            ImprovementState.IN_PROGRESS);
    private static final Sort MOST_URGENT_FIRST = Sort.by("due", "_id");

    private final MongoTemplate mongo;
    private final Clock clock;

    ImprovementQueryHandler(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    List<ImprovementActionSummary> handle(FindImprovementActions find) {
        LocalDate today = today(find.today());
        if (find.overdue() && find.state() != null && !find.state().isOpen()) {
            return List.of(); // done, reviewed or dropped is never overdue
        }
        Criteria criteria = new Criteria();
        if (find.state() != null) {
            criteria = criteria.and("state").is(find.state());
        } else if (find.overdue()) {
            criteria = criteria.and("state").in(OPEN);
        }
        if (find.owner() != null && !find.owner().isBlank()) {
            criteria = criteria.and("owner").is(find.owner().strip());
        }
        LocalDate dueBefore = earliest(find.overdue() ? today : null, find.dueBefore());
        if (dueBefore != null) {
            criteria = criteria.and("due").lt(dueBefore);
        }
        return summaries(Query.query(criteria), today);
    }

    @QueryHandler
    Optional<ImprovementActionView> handle(FindImprovementAction find) {
        return Optional.ofNullable(mongo.findById(find.actionId().value(), ImprovementActionDocument.class))
                .map(action -> action.toView(today(find.today()), references(action)));
    }

    @QueryHandler
    List<ImprovementActionSummary> handle(FindComplaintImprovementActions find) {
        return summaries(Query.query(Criteria.where("complaints.complaintId").is(find.complaintId().value())),
                today(find.today()));
    }

    @QueryHandler
    List<ImprovementActionSummary> handle(FindOpenImprovementActions find) {
        return summaries(Query.query(Criteria.where("problemKind").is(find.kind()).and("state").in(OPEN)), today(null));
    }

    private List<ImprovementActionSummary> summaries(Query query, LocalDate today) {
        return mongo.find(query.with(MOST_URGENT_FIRST), ImprovementActionDocument.class).stream()
                .map(action -> action.toSummary(today)).toList();
    }

    private Map<String, String> references(ImprovementActionDocument action) {
        List<String> ids = action.complaints.stream().map(link -> link.complaintId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), ComplaintReferenceDocument.class).stream()
                .filter(reference -> reference.reference != null)
                .collect(Collectors.toMap(reference -> reference.id, reference -> reference.reference, (a, b) -> a));
    }

    private LocalDate today(LocalDate given) {
        return given != null ? given : LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return one.isBefore(other) ? one : other;
    }

}
