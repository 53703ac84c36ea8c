package uk.co.welzo.klachten.benchmark;

/**
 * What the load benchmark asks of the service, with its share of a complaint desk's day in the mixed scenario (per 100
 * requests, {@link Mix#mixedDay()}). The shares follow one complaint through the desk: it is lodged (by phone, so staff
 * acknowledge it), acknowledged, assigned, noted on, the customer is called with the findings, and it is resolved;
 * every step is a little rarer than the one before, as a desk ends its day with some complaints a step behind, which
 * also keeps a complaint ready for every step. Around that, people read: a case is opened several times per command
 * (before calling, after a note), the work queue is reloaded all day, SLA clocks are checked on cases near their
 * deadline, and an analyst or the head asks for a year of trend counts now and then. Reads are 57 %, writes 43 %.
 */
enum Operation {

    LODGE("lodge", Caller.INTAKE, 9),
    ACKNOWLEDGE("acknowledge", Caller.AGENT, 8),
    ASSIGN("assign", Caller.AGENT, 7),
    NOTE("note", Caller.AGENT, 8),
    CALL("findings call", Caller.AGENT, 6),
    RESOLVE("resolve", Caller.AGENT, 5),
    CASE_VIEW("case view", Caller.AGENT, 30),
    QUEUE_PAGE("queue page", Caller.AGENT, 16),
    SLA_CLOCKS("SLA clocks", Caller.AGENT, 9),
    TREND_COUNTS("trend counts, a year", Caller.ANALYST, 2);

    final String label;
    final Caller caller;
    /** Requests of this kind per 100 in the mixed day. */
    final int mixedShare;

    Operation(String label, Caller caller, int mixedShare) {
        this.label = label;
        this.caller = caller;
        this.mixedShare = mixedShare;
    }

    /** The desk's next step for a complaint once this one succeeded, or null when the complaint leaves the flow. */
    Operation next() {
        return switch (this) {
            case LODGE -> ACKNOWLEDGE;
            case ACKNOWLEDGE -> ASSIGN;
            case ASSIGN -> CALL;
            case CALL -> RESOLVE;
            default -> null;
        };
    }

    /** Whether this step needs a complaint waiting for it ({@link Desk}), rather than any complaint or none. */
    boolean takesAComplaint() {
        return this == ACKNOWLEDGE || this == ASSIGN || this == CALL || this == RESOLVE;
    }
}
