package uk.co.welzo.klachten.web.console;

import java.util.Map;

/**
 * An action sent from the case page that came back refused: which one, what was typed (shown again), the messages at
 * its fields and, for a refusal about the case as a whole, the banner naming the rule. {@link #NONE} on a fresh page.
 */
public record ActionAttempt(String action, Map<String, String> values, Map<String, String> errors, String banner) {

    static final ActionAttempt NONE = new ActionAttempt("", Map.of(), Map.of(), null);

    /** What was typed into this action's field, to show it again; empty for every other action. */
    public String value(String forAction, String field) {
        return action.equals(forAction) ? values.getOrDefault(field, "") : "";
    }

    /** The message at this action's field, or null. */
    public String error(String forAction, String field) {
        return action.equals(forAction) ? errors.get(field) : null;
    }

    public boolean failed(String forAction) {
        return action.equals(forAction);
    }
}
