package uk.co.welzo.klachten.api.complaint;

/** The promises the procedure makes, each a clock. */
public enum DeadlineKind {
    /** Acknowledge within 48 hours of receipt (R2.1). */
    ACKNOWLEDGEMENT,
    /** Resolve within 10 working days of acknowledgement (R3.4). */
    STAGE_ONE_RESOLUTION,
    /** Acknowledge an escalation within 5 working days (R4.3 target). */
    ESCALATION_ACKNOWLEDGEMENT_TARGET,
    /** Acknowledge an escalation within 10 working days at the latest (R4.3 limit). */
    ESCALATION_ACKNOWLEDGEMENT_LIMIT,
    /** Resolve stage 2 within 10 working days of the escalation acknowledgement (R4.4). */
    STAGE_TWO_RESOLUTION,
    /** A department answers a request for input within 3 working days (R3.2; policy). */
    DEPARTMENT_RESPONSE
}
