package uk.co.welzo.klachten.api.correspondence;

/** The letters the procedure promises the customer, one template each. */
public enum LetterKind {
    /** The complaint is acknowledged: its reference and the stage-1 target date (R2.2, R3.4). */
    ACKNOWLEDGEMENT,
    /** The resolution deadline moved: progress, the reason and the new date (R5.2). */
    DEADLINE_EXTENSION,
    /** The stage-1 outcome and remedy, and how and by when to escalate (R3.3, R3.5, R4.1). */
    STAGE_ONE_OUTCOME,
    /** The escalation is acknowledged: the reviewing department and the stage-2 target date (R4.3, R4.4). */
    ESCALATION_ACKNOWLEDGEMENT,
    /** The stage-2 outcome, final within the company, with the signposting to independent advice (R4.5, R7.1). */
    FINAL_RESPONSE,
    /** The customer's withdrawal is confirmed. */
    WITHDRAWAL_CONFIRMATION,
    /** The closure is confirmed, with its reason. */
    CLOSURE_CONFIRMATION
}
