package uk.co.welzo.klachten.query.trends;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.query.FindOpenImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;

/**
 * Asks the improvement read model over the query bus, so the trends slice never reads another slice's documents. If it
 * cannot answer, the trends still do, without the actions (and say so in the log).
 */
@Component
class OpenActionsOverTheBus implements OpenActions {

    private static final Logger LOG = LoggerFactory.getLogger(OpenActionsOverTheBus.class);

    private final QueryGateway queries;

    OpenActionsOverTheBus(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Map<String, String> byKey(TrendDimension dimension) {
        ProblemKind kind = switch (dimension) {
            case PRODUCT -> ProblemKind.PRODUCT;
            case ROOT_CAUSE -> ProblemKind.ROOT_CAUSE;
            case CATEGORY -> ProblemKind.CATEGORY;
            case DEPARTMENT -> ProblemKind.DEPARTMENT;
            case CHANNEL, OUTCOME -> null;
        };
        if (kind == null) {
            return Map.of();
        }
        List<ImprovementActionSummary> open;
        try {
            open = queries.query(new FindOpenImprovementActions(kind),
                    ResponseTypes.multipleInstancesOf(ImprovementActionSummary.class)).join();
        } catch (RuntimeException unanswered) {
            LOG.warn("The open improvement actions could not be read; the recurring problems are shown without them", unanswered);
            return Map.of();
        }
        Map<String, String> byKey = new HashMap<>();
        for (ImprovementActionSummary action : open) {
            String key = kind == ProblemKind.PRODUCT || kind == ProblemKind.ROOT_CAUSE
                    ? TrendFactDocument.key(action.problem().value()) : action.problem().value();
            byKey.putIfAbsent(key, action.actionId());
        }
        return byKey;
    }
}
