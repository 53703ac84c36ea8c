package uk.co.welzo.klachten.api.complaint;

/** Where a complaint is in its lifecycle. */
public enum ComplaintStatus {
    /** Lodged, not yet acknowledged. */
    RECEIVED,
    /** Acknowledged; stage 1 under investigation. */
    UNDER_INVESTIGATION,
    /** Stage-1 resolution given; the customer may escalate. */
    RESOLVED_AT_STAGE_ONE,
    /** Escalation asked for, not yet acknowledged. */
    ESCALATED,
    /** Escalation acknowledged; stage 2 under review. */
    UNDER_REVIEW,
    /** Stage-2 resolution given: final within the company. */
    RESOLVED_AT_STAGE_TWO,
    /** Closed. */
    CLOSED,
    /** Withdrawn by the customer. */
    WITHDRAWN
}
