package uk.co.welzo.klachten.api.complaint;

/** How we communicated with the customer (R3.3). */
public enum CommunicationChannel {
    /** E-mail. */
    EMAIL,
    /** Phone. */
    PHONE,
    /** Letter. */
    LETTER
}
