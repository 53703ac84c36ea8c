package uk.co.welzo.klachten.command.improvement;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.command.RuleBroken;

/**
 * A command broke a rule about improvement actions (R6.3); the code says which and is what crosses the bus, with the
 * code's own sentence filled in, and the request field at fault where there is one.
 */
public final class ImprovementRuleBroken extends RuleBroken {

    private ImprovementRuleBroken(ErrorCode code, String field, Object... values) {
        super(code, field, values);
    }

    static ImprovementRuleBroken of(ErrorCode code, Object... values) {
        return new ImprovementRuleBroken(code, code.field(), values);
    }

    /** Bad input in one field: INVALID_INPUT naming it. */
    static ImprovementRuleBroken invalid(String field, String problem) {
        return new ImprovementRuleBroken(ErrorCode.INVALID_INPUT, field, field, problem);
    }
}
