package uk.co.welzo.klachten.api.sla;

/** Where an obligation's clock stands, judged against the clock at query time. */
public enum ClockVerdict {
    /** Open, and its current deadline has not passed. */
    RUNNING,
    /** Met before its current deadline. */
    MET,
    /** Its current deadline passed while it was open (whether or not it was met later). */
    MISSED,
    /** The complaint was closed or withdrawn while the clock ran, before its deadline. */
    STOPPED
}
