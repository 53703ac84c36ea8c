package uk.co.welzo.klachten.api.complaint;

/** The outcome of a resolution (R3.5). */
public enum Outcome {
    /** The complaint is upheld. */
    UPHELD,
    /** The complaint is partly upheld. */
    PARTLY_UPHELD,
    /** The complaint is not upheld. */
    NOT_UPHELD
}
