package uk.co.welzo.klachten.api.improvement.query;

import uk.co.welzo.klachten.api.improvement.ProblemKind;

/** Find the open improvement actions (not done, reviewed or dropped) about problems of one kind, for the trends. */
public record FindOpenImprovementActions(
        ProblemKind kind) {
}
