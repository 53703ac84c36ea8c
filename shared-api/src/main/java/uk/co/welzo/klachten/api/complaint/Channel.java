package uk.co.welzo.klachten.api.complaint;

/** How a complaint reached us (R1.3). */
public enum Channel {
    /** The online complaint form. */
    WEB_FORM,
    /** A letter to the Head of Customer Service at head office. */
    LETTER,
    /** An e-mail. */
    EMAIL,
    /** A phone call. */
    PHONE
}
