package uk.co.welzo.klachten.web.insights;

import java.util.Arrays;
import java.util.List;

/**
 * One of the dashboard's tables, exactly as the page shows it and its CSV holds it: the same column names and the same
 * cell texts, so a figure read on the page is the figure in the file. {@code chart} is what the page's script draws
 * from it; {@code fileName} names the download, without its extension.
 */
record InsightsTable(String id, String title, String caption, List<String> columns, List<List<String>> rows,
                     Chart chart, String fileName) {

    /** Bars or lines over the categories, one series per drawn column; {@code unit} labels the value axis. */
    record Chart(String type, boolean stacked, String unit, List<String> categories, List<Series> series) {
    }

    /** One drawn line or set of bars; a value is null where the table's cell is empty (nothing to measure). */
    record Series(String name, List<Double> data) {
    }

    /** Draws the given columns of the table against its first column. */
    static Chart chartOf(String type, boolean stacked, String unit, List<String> columns, List<List<String>> rows,
                         int... drawn) {
        List<String> categories = rows.stream().map(row -> row.get(0)).toList();
        List<Series> series = Arrays.stream(drawn)
                .mapToObj(column -> new Series(columns.get(column),
                        rows.stream().map(row -> number(row.get(column))).toList()))
                .toList();
        return new Chart(type, stacked, unit, categories, series);
    }

    private static Double number(String cell) {
        return cell == null || cell.isEmpty() ? null : Double.valueOf(cell);
    }
}
