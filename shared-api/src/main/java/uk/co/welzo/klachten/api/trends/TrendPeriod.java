package uk.co.welzo.klachten.api.trends;

/** The length of a trend bucket, in London time; a complaint counts in the bucket of the day it was received. */
public enum TrendPeriod {
    /** A London calendar day, keyed {@code 2026-04-01}. */
    DAY,
    /** An ISO week, Monday to Sunday in London, keyed {@code 2026-W14}. */
    WEEK,
    /** A London calendar month, keyed {@code 2026-04}. */
    MONTH
}
