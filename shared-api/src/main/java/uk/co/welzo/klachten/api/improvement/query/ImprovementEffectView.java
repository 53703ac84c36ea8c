package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;
import uk.co.welzo.klachten.api.improvement.ProblemArea;

/**
 * The effect review's figures (R6.3): complaints about the action's problem over {@code months} before it was done and
 * as long after; {@code afterComplete} is false while the after window still runs. Counts only, no personal data.
 */
public record ImprovementEffectView(
        String actionId,
        ProblemArea problem,
        Instant doneAt,
        int months,
        EffectWindowSummary before,
        EffectWindowSummary after,
        boolean afterComplete) {
}
