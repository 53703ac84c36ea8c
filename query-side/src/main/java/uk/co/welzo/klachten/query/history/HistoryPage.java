package uk.co.welzo.klachten.query.history;

import uk.co.welzo.klachten.query.eventstore.StoredEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import org.springframework.web.util.HtmlUtils;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.HistoryEntry;

/** A case history as one self-contained HTML page for a regulator or ombudsman: no scripts, no outside resources, all text escaped. */
final class HistoryPage {

    private HistoryPage() {
    }

    static String render(CaseHistoryView history, Instant exportedAt, String exportedBy) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Case history %s</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%%}
                td,th{border:1px solid #999;padding:4px;vertical-align:top;text-align:left}
                pre{white-space:pre-wrap;margin:0;font-size:85%%}</style></head><body>
                <h1>Case history of complaint %s</h1>
                <p>Reference %s. Read from the event store: %d events. Exported %s by %s.</p>
                <table><thead><tr><th>#</th><th>What happened</th><th>Occurred</th><th>Recorded</th><th>By</th><th>Reason</th><th>Details</th></tr></thead><tbody>
                """.formatted(e(history.complaintId()), e(history.complaintId()), e(history.reference()),
                history.events().size(), e(String.valueOf(exportedAt)), e(exportedBy)));
        for (HistoryEntry entry : history.events()) {
            html.append("<tr><td>").append(entry.sequence())
                    .append("</td><td><strong>").append(e(entry.type())).append("</strong><br>").append(e(entry.summary()))
                    .append("</td><td>").append(e(String.valueOf(entry.occurredAt())))
                    .append("</td><td>").append(e(String.valueOf(entry.recordedAt())))
                    .append("</td><td>").append(e(entry.actor()))
                    .append("</td><td>").append(e(entry.reason()))
                    .append("</td><td><pre>").append(e(json(entry))).append("</pre>")
                    .append(entry.chainHash() == null ? "" : "<small>chain " + e(entry.chainHash()) + "</small>")
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table></body></html>\n").toString();
    }

    private static String json(HistoryEntry entry) {
        try {
            return StoredEvent.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entry.payload());
        } catch (JsonProcessingException e) {
            return String.valueOf(entry.payload());
        }
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
