package uk.co.welzo.klachten.api.audit;

/** Which clock decides whether an event counts "as at" an instant. */
public enum AsAtBasis {
    /** What the record held at that instant: events recorded up to it. */
    RECORDED,
    /** What had happened by that instant as we now know it: events whose business time is up to it. */
    OCCURRED
}
