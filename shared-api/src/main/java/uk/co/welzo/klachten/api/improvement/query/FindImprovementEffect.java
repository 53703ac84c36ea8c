package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/**
 * Find the complaints about a done improvement action's problem, per month, over the same length of time before and
 * after it was done: {@code months} long, or when null the whole months from done to {@code asOf} (at least 1).
 */
public record FindImprovementEffect(
        ImprovementActionId actionId,
        Integer months,
        Instant asOf) {
}
