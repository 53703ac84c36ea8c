package uk.co.welzo.klachten.query.trends;

import java.util.List;

/**
 * Percentiles by linear interpolation between the closest ranks (numpy's default, Excel's PERCENTILE.INC): the
 * median of an even count is the mean of the middle two. Rounded to hundredths of an hour.
 */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0 to 1) of ascending values; null for none. */
    static Double of(List<Double> ascending, double p) {
        if (ascending.isEmpty()) {
            return null;
        }
        double rank = (ascending.size() - 1) * p;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, ascending.size() - 1);
        double value = ascending.get(below) + (rank - below) * (ascending.get(above) - ascending.get(below));
        return Math.round(value * 100) / 100d;
    }
}
