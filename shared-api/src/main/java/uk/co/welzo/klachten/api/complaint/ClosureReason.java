package uk.co.welzo.klachten.api.complaint;

/** Why a complaint was closed. */
public enum ClosureReason {
    /** The customer accepted the resolution. */
    ACCEPTED_BY_CUSTOMER,
    /** No escalation was asked for within the escalation window after stage 1. */
    ESCALATION_WINDOW_LAPSED,
    /** The stage-2 resolution, final within the company, was given (R4.5). */
    FINAL_RESPONSE_GIVEN
}
