package uk.co.welzo.klachten.web.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import uk.co.welzo.klachten.web.CsvCells;
import uk.co.welzo.klachten.api.audit.ReturnsView;

/**
 * The returns as CSV, one figure a row (section, item, count), quoted by Commons CSV. A cell that a spreadsheet would
 * read as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so opening the file
 * runs nothing (OWASP's CSV injection advice); today's cells are numbers and fixed names, but outcome and band names
 * come from the query side and may change.
 */
final class ReturnsCsv {

    private ReturnsCsv() {
    }

    static void write(ReturnsView returns, String from, String to, String asAt, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CsvCells.FORMAT)) {
            row(csv, "section", "item", "value");
            row(csv, "period", "from", from);
            row(csv, "period", "to", to);
            row(csv, "period", "as at", asAt);
            row(csv, "totals", "received", returns.received());
            row(csv, "totals", "resolved", returns.resolved());
            row(csv, "totals", "unresolved", returns.unresolved());
            row(csv, "totals", "withdrawn", returns.withdrawn());
            rows(csv, "outcome", returns.byOutcome());
            rows(csv, "time to resolution", returns.byTimeToResolution());
        }
    }

    private static void rows(CSVPrinter csv, String section, Map<String, Integer> counts) throws IOException {
        if (counts != null) {
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                row(csv, section, count.getKey(), count.getValue());
            }
        }
    }

    private static void row(CSVPrinter csv, Object... cells) throws IOException {
        for (Object cell : cells) {
            csv.print(CsvCells.neutralised(cell == null ? "" : cell.toString()));
        }
        csv.println();
    }
}
