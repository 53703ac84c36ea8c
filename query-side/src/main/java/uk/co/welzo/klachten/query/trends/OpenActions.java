package uk.co.welzo.klachten.query.trends;

import java.util.Map;
import uk.co.welzo.klachten.api.trends.TrendDimension;

/**
 * The open improvement actions (R6.3) about the values of one dimension: action id by grouping key (the key the trends
 * group by, {@link TrendFactDocument#key}), the most urgent one where there are several.
 */
@FunctionalInterface
interface OpenActions {

    OpenActions NONE = dimension -> Map.of();

    Map<String, String> byKey(TrendDimension dimension);
}
