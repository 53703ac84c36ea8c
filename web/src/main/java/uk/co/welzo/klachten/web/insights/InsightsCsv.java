package uk.co.welzo.klachten.web.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A table as RFC 4180 CSV (Commons CSV does the quoting), with the header row the page's table has. A cell
 * that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, as OWASP advises against CSV injection: a product or root cause is typed by people. A plain number,
 * such as a negative change, is left as it is: a spreadsheet reads it as that number and nothing else.
 */
final class InsightsCsv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Every cell quoted, as OWASP also advises: a neutralised cell reads as text, not as the start of a formula. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private InsightsCsv() {
    }

    static String write(InsightsTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.columns().stream().map(InsightsCsv::neutralised).toList());
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(InsightsCsv::neutralised).toList());
            }
        } catch (IOException cannotHappen) { // a StringWriter does not fail
            throw new IllegalStateException(cannotHappen);
        }
        return out.toString();
    }

    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
