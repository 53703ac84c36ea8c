package uk.co.welzo.klachten.api.improvement.query;

import java.util.List;
import uk.co.welzo.klachten.api.audit.HistoryEntry;

/**
 * An improvement action's stored events in order, each as a complaint's history shows one: what happened, when it was
 * recorded and stored, who did it and why, its fields and its chain hash. Staff free text only, no customer data.
 */
public record ImprovementActionHistoryView(
        String actionId,
        List<HistoryEntry> events) {
}
