package uk.co.welzo.klachten.api.complaint;

/** Whether a communication came from or went to the customer. */
public enum Direction {
    /** From the customer. */
    INBOUND,
    /** To the customer. */
    OUTBOUND
}
