package uk.co.welzo.klachten.web;

import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * How every CSV the pages offer is written: RFC 4180 by Commons CSV, every cell quoted, lines ended CRLF, and a cell a
 * spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return) given a leading
 * apostrophe, as OWASP advises against CSV injection: products, root causes and reasons are typed by people. A plain
 * number, such as a negative change, is left as it is: a spreadsheet reads it as that number and nothing else.
 */
public final class CsvCells {

    /** Every cell quoted, as OWASP also advises: a neutralised cell reads as text, not as the start of a formula. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n").get();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    /** The cell as it may go into a CSV: as it is, or with a leading apostrophe when it could start a formula. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
