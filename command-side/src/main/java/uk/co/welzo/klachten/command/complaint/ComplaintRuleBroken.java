package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.command.RuleBroken;

/**
 * A command broke a rule of the procedure; the code says which, and is what crosses the bus. The sentence is the
 * code's own ({@link ErrorCode#sentence}), filled in with the values of this case. Where one field of the request is
 * at fault (a time, a text, a date) it is named, as its JSON name, so the edge can point at it: the code's field where
 * the rule is always about one, else the one the rule was given.
 */
public final class ComplaintRuleBroken extends RuleBroken {

    private ComplaintRuleBroken(ErrorCode code, String field, Object... values) {
        super(code, field, values);
    }

    /** The rule {@code code} stands for, broken by this case's {@code values}. */
    static ComplaintRuleBroken of(ErrorCode code, Object... values) {
        return new ComplaintRuleBroken(code, code.field(), values);
    }

    /** The same, for a rule that can be about any of several fields: this time, {@code field}. */
    static ComplaintRuleBroken about(String field, ErrorCode code, Object... values) {
        return new ComplaintRuleBroken(code, field, values);
    }
}
