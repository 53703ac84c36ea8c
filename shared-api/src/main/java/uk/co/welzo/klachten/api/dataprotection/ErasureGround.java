package uk.co.welzo.klachten.api.dataprotection;

/**
 * The lawful ground for erasing a complainant's personal data (UK GDPR art. 17(1), R8.2), recorded in the
 * {@code PersonalDataErased} event so an auditor can see why the person became unreadable.
 */
public enum ErasureGround {
    /** Art. 17(1)(a): no longer necessary for the purpose it was collected for. */
    NO_LONGER_NECESSARY,
    /** Art. 17(1)(b): the person withdrew their consent. */
    CONSENT_WITHDRAWN,
    /** Art. 17(1)(c): the person objected and there is no overriding legitimate ground. */
    OBJECTION,
    /** Art. 17(1)(d): the data was processed unlawfully. */
    UNLAWFULLY_PROCESSED,
    /** Art. 17(1)(e): erasure is required by law. */
    LEGAL_OBLIGATION,
    /** The retention policy's period after closure has passed (the retention clock erases on this ground). */
    RETENTION_PERIOD_ENDED
}
