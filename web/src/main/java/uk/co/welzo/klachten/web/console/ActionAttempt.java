package uk.co.welzo.klachten.web.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;

/**
 * An action sent from the case page that came back refused: which one, what was typed (shown again), the messages at
 * its fields and, for a refusal about the case as a whole, the banner naming the rule. {@code changed} when the case
 * moved on since the page was shown (someone else acted on it), with what happened since in {@code changes}.
 * {@link #NONE} on a fresh page.
 */
public record ActionAttempt(String action, Map<String, String> values, Map<String, String> errors, String banner,
                            boolean changed, List<TimelineEntry> changes) {

    static final ActionAttempt NONE = new ActionAttempt("", Map.of(), Map.of(), null);

    public ActionAttempt(String action, Map<String, String> values, Map<String, String> errors, String banner) {
        this(action, values, errors, banner, false, List.of());
    }

    /** Refused because the case changed since the page showed it: what happened since, what was typed kept. */
    static ActionAttempt changed(String action, Map<String, String> values, List<TimelineEntry> changes) {
        return new ActionAttempt(action, values, Map.of(), null, true, changes == null ? List.of() : changes);
    }

    /**
     * The same, with the complaint told by its reference wherever the command side's sentences name it by its id
     * ("complaint 3f2c… is closed"): the reference is the number staff and the customer know, the id is internal.
     */
    ActionAttempt naming(String complaintId, String reference) {
        if (complaintId == null || complaintId.isEmpty() || reference == null) {
            return this;
        }
        Map<String, String> told = new LinkedHashMap<>();
        errors.forEach((field, message) ->
                told.put(field, message == null ? null : message.replace(complaintId, reference)));
        return new ActionAttempt(action, values, told, banner == null ? null : banner.replace(complaintId, reference),
                changed, changes);
    }

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
