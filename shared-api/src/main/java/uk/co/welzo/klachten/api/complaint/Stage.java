package uk.co.welzo.klachten.api.complaint;

/** The stage of the procedure. */
public enum Stage {
    /** Stage 1: investigation by customer service (R3). */
    ONE,
    /** Stage 2: review after escalation (R4). */
    TWO
}
