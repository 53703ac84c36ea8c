package uk.co.welzo.klachten.api.sla;

/** How SLA compliance is bucketed: by London calendar day, ISO week (Monday to Sunday) or calendar month. */
public enum SlaPeriod {
    DAY,
    WEEK,
    MONTH
}
