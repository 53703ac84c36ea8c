package uk.co.welzo.klachten.api.audit;

import java.util.List;

/** A complaint's events in order, as stored: the record itself, not a projection of it. */
public record CaseHistoryView(
        String complaintId,
        String reference,
        List<HistoryEntry> events) {
}
