package uk.co.welzo.klachten.web.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import uk.co.welzo.klachten.web.CsvCells;

/** A table as CSV ({@link CsvCells}: quoted, formula-like cells neutralised), with the header row the page's table has. */
final class InsightsCsv {

    private InsightsCsv() {
    }

    static String write(InsightsTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CsvCells.FORMAT)) {
            printer.printRecord(table.columns().stream().map(CsvCells::neutralised).toList());
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvCells::neutralised).toList());
            }
        } catch (IOException cannotHappen) { // a StringWriter does not fail
            throw new IllegalStateException(cannotHappen);
        }
        return out.toString();
    }
}
