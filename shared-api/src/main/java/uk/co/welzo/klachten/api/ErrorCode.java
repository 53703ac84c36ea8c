package uk.co.welzo.klachten.api;

import java.util.List;
import java.util.Locale;

/**
 * Every reason the service refuses a request: the one list of them, each with the kind of failure it is (which decides
 * the HTTP status at the edge), the sentence that tells people what broke, as a {@code %s} template filled in with
 * {@link String#format}, and, where the reason is always about one request field, that field's JSON name. The names
 * are stable API.
 *
 * <p>A code without a sentence is worded where it is raised, because what it says depends on what was asked there (a
 * reader's "not found", a conflict the bus reports, an incident); one with two sentences has one per rule it stands
 * for, told apart by how many values fill them in.
 */
public enum ErrorCode {
    /** The aggregate's form; the edge words a whole rejected request its own way ("Invalid input: ..."). */
    INVALID_INPUT(Kind.BAD_INPUT, "%s: %s"),
    INVALID_REFERENCE_NUMBER(Kind.BAD_INPUT,
            "'%s' is not a valid reference number (three groups of three characters, the last a check character)"),
    /** An offline action cannot have happened in the future (cross-cutting rule). */
    OCCURRED_IN_FUTURE(Kind.BAD_INPUT, "the time it happened, %s, is in the future"),
    /** An offline action cannot precede what the complaint's history already holds. */
    OCCURRED_BEFORE_PREVIOUS_EVENT(Kind.BAD_INPUT, "the time it happened, %s, is before the complaint's previous step at %s"),
    /** Not raised: a future receivedAt is OCCURRED_IN_FUTURE naming that field. Kept, as the names are stable API. */
    RECEIVED_IN_FUTURE(Kind.BAD_INPUT),
    /** Nothing of a complaint can have happened before the company kept complaint records. */
    OCCURRED_BEFORE_RECORDS_BEGAN(Kind.BAD_INPUT, "the time it happened, %s, is before complaint records begin at %s"),
    /** An extension sets a new deadline within reach (R5.1): not further ahead than the longest extension. */
    EXTENSION_TOO_FAR_AHEAD(Kind.BAD_INPUT, naming("newDeadline"),
            "the new deadline %s is after %s, the latest an extension may set today (%s ahead)"),
    /** A final response may not go without the signposting to independent advice and support (R4.5, R7.1). */
    LETTER_SIGNPOSTING_MISSING(Kind.BAD_INPUT, naming("signposting"),
            "the final response to complaint %s must signpost the customer to independent advice and support"),
    /** Staff write a part of the stage-1 outcome and the final response only; the service writes every other letter. */
    LETTER_NOT_WRITTEN_BY_STAFF(Kind.BAD_INPUT, naming("kind"),
            "the %s letter is written by the service from the complaint's steps; staff write the STAGE_ONE_OUTCOME and the FINAL_RESPONSE"),

    /** Worded by each reader for what it looked up. */
    COMPLAINT_NOT_FOUND(Kind.NOT_FOUND),
    /** An answer belongs to a request that was made (R3.2). */
    INQUIRY_NOT_FOUND(Kind.NOT_FOUND, "no department input was requested as inquiry %s"),
    PROCESSING_GROUP_NOT_FOUND(Kind.NOT_FOUND, "There is no processing group '%s'."),
    DEAD_LETTER_SEQUENCE_NOT_FOUND(Kind.NOT_FOUND, "Processing group '%s' has no dead letters for sequence '%s'."),
    /** The outbox holds a letter under its key (complaint, letter, causing event). */
    LETTER_NOT_FOUND(Kind.NOT_FOUND, "there is no letter %s in the outbox"),

    /** The client-chosen id already names a complaint lodged with different details. */
    COMPLAINT_ID_ALREADY_USED(Kind.CONFLICT, "complaint %s was already lodged with different details"),
    /** An inquiry id names one request for department input (R3.2). */
    INQUIRY_ID_ALREADY_USED(Kind.CONFLICT, "inquiry %s was already requested with different details"),
    /** A communication id names one recorded communication (R3.3). */
    COMMUNICATION_ID_ALREADY_USED(Kind.CONFLICT, "communication %s was already recorded with different details"),
    /** Worded where the lost race is seen: on the bus, or at the edge. */
    CONCURRENT_MODIFICATION(Kind.CONFLICT),
    REPLAY_ALREADY_RUNNING(Kind.CONFLICT, "Processing group '%s' is replaying already; watch GET /api/admin/replays."),

    /** A complaint is acknowledged once (R2). */
    COMPLAINT_ALREADY_ACKNOWLEDGED(Kind.RULE_BROKEN, "complaint %s is already acknowledged"),
    /** Investigation starts with the acknowledgement (R2, R3). */
    COMPLAINT_NOT_ACKNOWLEDGED(Kind.RULE_BROKEN, "complaint %s has not been acknowledged yet"),
    /** A closed complaint takes no further steps. */
    COMPLAINT_ALREADY_CLOSED(Kind.RULE_BROKEN, "complaint %s is closed"),
    /** A withdrawn complaint takes no further steps. */
    COMPLAINT_WITHDRAWN(Kind.RULE_BROKEN, "complaint %s was withdrawn by the customer"),
    /** Departments are asked and stages resolved only while a stage is being investigated (R3.2, R4.2). */
    COMPLAINT_NOT_UNDER_INVESTIGATION(Kind.RULE_BROKEN, "complaint %s is not under investigation (it is %s)"),
    /** Each request for department input is answered once (R3.2). */
    INQUIRY_ALREADY_ANSWERED(Kind.RULE_BROKEN, "inquiry %s was already answered"),
    /** Only a complaint whose stage-1 resolution was given can be escalated (R4.1). */
    STAGE_ONE_NOT_RESOLVED(Kind.RULE_BROKEN, "complaint %s has no stage-1 resolution to escalate"),
    /** A complaint is escalated only once (R4.1). */
    COMPLAINT_ALREADY_ESCALATED(Kind.RULE_BROKEN, "complaint %s was already escalated"),
    /** Escalation must be asked for within the escalation window after the stage-1 resolution (lifecycle). */
    ESCALATION_WINDOW_LAPSED(Kind.RULE_BROKEN, "the escalation window of complaint %s ended at %s"),
    /** A complaint closes for a lapsed window only after the window has ended (lifecycle). */
    ESCALATION_WINDOW_STILL_OPEN(Kind.RULE_BROKEN, "the escalation window of complaint %s is open until %s"),
    /** An escalation is acknowledged only after the customer asked for it (R4.2). */
    ESCALATION_NOT_REQUESTED(Kind.RULE_BROKEN, "complaint %s has no escalation waiting for acknowledgement"),
    /** Stage 2 is resolved after the escalation was acknowledged (R4.3, R4.4). */
    ESCALATION_NOT_ACKNOWLEDGED(Kind.RULE_BROKEN, "the escalation of complaint %s has not been acknowledged yet"),
    /** A stage-2 resolution tells the customer they may seek independent advice (R4.5, R7.1). */
    SIGNPOSTING_REQUIRED(Kind.RULE_BROKEN,
            "the stage-2 resolution of complaint %s must signpost the customer to independent advice and support"),

    // Who takes the steps of stage 2, and what a resolution states (R3.3, R4.2). A step refused for who takes it is a
    // broken rule (409), as there is no forbidden kind: the edge already answered 403 to callers without the endpoint's
    // roles, before reading the body; what is left depends on the complaint (to whom the escalation was forwarded).
    /** The head of customer service forwards an escalation to a department manager (R4.2). */
    ONLY_THE_HEAD_FORWARDS(Kind.RULE_BROKEN,
            "only the Head of Customer Service forwards the escalation of complaint %s to a department manager (R4.2)"),
    /** An escalation is forwarded to a manager by the user name they sign in with, so that they review it (R4.2). */
    MANAGER_USER_REQUIRED(Kind.BAD_INPUT, naming("managerUserName"),
            "the escalation of complaint %s is forwarded to a department manager by their user name (R4.2)"),
    /**
     * Once forwarded, the stage-2 resolution and the final response are the reviewing manager's or the head's (R4.2)
     * (step, complaint) for an escalation forwarded before user names were recorded, where any department manager may;
     * (manager, complaint, step) otherwise.
     */
    NOT_THE_REVIEWING_MANAGER(Kind.RULE_BROKEN,
            "only a department manager or the Head of Customer Service may %s of complaint %s (R4.2)",
            "only %s, the manager reviewing complaint %s, or the Head of Customer Service may %s (R4.2)"),
    /** The stage-2 resolution states the manager's review of the complaint and of the stage-1 resolution (R4.2). */
    STAGE_TWO_REVIEW_REQUIRED(Kind.BAD_INPUT, naming("review.summary"),
            "the stage-2 resolution of complaint %s must state the manager's review of the complaint and of the stage-1 resolution (R4.2)"),
    /**
     * The findings go to the customer by e-mail or phone before the stage is resolved (R3.3): (complaint) when no
     * communication is named; (communication, complaint, letter kind) when the one named did not carry them at this
     * stage.
     */
    FINDINGS_NOT_COMMUNICATED(Kind.RULE_BROKEN, naming("findingsCommunicationId"),
            "the resolution of complaint %s must name the communication that told the customer the findings (R3.3)",
            "communication %s of complaint %s did not tell the customer the findings at this stage: name an outbound "
                    + "e-mail or phone call, or the %s letter, recorded since the stage began (R3.3)"),
    /** A letter tells the customer of a step the complaint has taken: it fits only the states after that step. */
    LETTER_NOT_APPLICABLE(Kind.RULE_BROKEN, "the %s letter does not fit complaint %s while it is %s"),
    /** Only a letter for a complaint without an e-mail address is posted, and marked posted (issue #15). */
    LETTER_NOT_AWAITING_POST(Kind.RULE_BROKEN, "letter %s is not waiting for the post (it is %s)"),
    /** Only a parked letter is sent again by an operator; the sender retries the others itself. */
    LETTER_NOT_PARKED(Kind.RULE_BROKEN, "letter %s is not parked (it is %s)"),
    /** Only a running resolution deadline can be extended (R5.1). */
    NO_RESOLUTION_DEADLINE_RUNNING(Kind.RULE_BROKEN, "complaint %s has no resolution deadline running (it is %s)"),
    /** An extension moves the deadline later (R5.1). */
    EXTENSION_NOT_LATER(Kind.RULE_BROKEN, naming("newDeadline"), "the new deadline %s is not later than the current one, %s"),
    /** A complaint closes only after a resolution was given (lifecycle). */
    COMPLAINT_NOT_RESOLVED(Kind.RULE_BROKEN, "complaint %s cannot be closed before a resolution is given (it is %s)"),
    /** Each closure reason fits one point of the lifecycle. */
    CLOSURE_REASON_NOT_APPLICABLE(Kind.RULE_BROKEN, "complaint %s cannot be closed as %s while it is %s"),
    /** After the final stage-2 resolution the complaint can only be closed (R4.5). */
    COMPLAINT_FINALLY_RESOLVED(Kind.RULE_BROKEN, "complaint %s has its final resolution and can only be closed"),
    /**
     * A deadline is missed only once it has passed (kind, due, now); the SLA clock warns of it only from the warning
     * moment fixed when it was set (kind, due, warning moment, now).
     */
    DEADLINE_NOT_REACHED(Kind.RULE_BROKEN, "the %s deadline %s has not passed at %s",
            "the warning for the %s deadline %s is due at %s, not yet at %s"),

    /** R6.3: an improvement action's id names nothing raised; every reader and the aggregate word it the same. */
    IMPROVEMENT_ACTION_NOT_FOUND(Kind.NOT_FOUND, "there is no improvement action %s"),
    /** R6.3: the client-chosen id already names an improvement action raised with different details. */
    IMPROVEMENT_ACTION_ID_ALREADY_USED(Kind.CONFLICT, "improvement action %s was already raised with different details"),
    /** R6.3: each step fits one state: proposed, agreed, in progress, done, effect reviewed; dropped only before done. */
    IMPROVEMENT_STEP_NOT_ALLOWED(Kind.RULE_BROKEN, "improvement action %s cannot be %s while it is %s"),
    /** R6.3: the Head of Customer Service and analysts raise improvement actions and link complaints to them. */
    ONLY_HEAD_OR_ANALYST_RAISES(Kind.RULE_BROKEN,
            "only the Head of Customer Service or an analyst may %s improvement action %s; %s may not"),
    /** R6.3: the owning manager, or the head, agrees, starts, completes, reviews and drops an improvement action. */
    NOT_THE_ACTION_OWNER(Kind.RULE_BROKEN,
            "only %s, the owner of improvement action %s, or the Head of Customer Service may do this; %s may not"),
    /** R6.3: only a linked complaint can be unlinked. */
    COMPLAINT_NOT_LINKED(Kind.RULE_BROKEN, "complaint %s is not linked to improvement action %s"),
    /** R6.3: an improvement action's effect is measured from the moment it was done. */
    IMPROVEMENT_NOT_DONE(Kind.RULE_BROKEN, "improvement action %s is not done (it is %s): it has no effect to measure yet"),

    /** R8.2: only the data-protection officer erases personal data, or places and releases a legal hold. */
    DATA_PROTECTION_OFFICER_REQUIRED(Kind.RULE_BROKEN, "only the data-protection officer may %s on complaint %s (R8.2)"),
    /** R8.2: personal data is erased once the complaint has ended (closed or withdrawn): handling needs it. */
    COMPLAINT_NOT_ENDED(Kind.RULE_BROKEN,
            "complaint %s is %s: close or withdraw it before its personal data is erased (R8.2)"),
    /** R8.2: a legal hold keeps the personal data until it is released. */
    LEGAL_HOLD_IN_FORCE(Kind.RULE_BROKEN,
            "complaint %s is under a legal hold since %s: its personal data cannot be erased until the hold is released (R8.2)"),
    /** R8.2: a hold is placed once, and only a hold in force is released. */
    LEGAL_HOLD_ALREADY_PLACED(Kind.RULE_BROKEN, "complaint %s is already under a legal hold (since %s)"),
    NO_LEGAL_HOLD(Kind.RULE_BROKEN, "complaint %s is not under a legal hold"),
    /** R8.2: the retention clock erases only once the retention period after closure has passed. */
    RETENTION_NOT_DUE(Kind.RULE_BROKEN,
            "the personal data of complaint %s is kept until %s under the retention policy, not erased at %s (R8.2)"),
    /** R8.2: nothing of an erased person can be added or held again. */
    PERSONAL_DATA_ALREADY_ERASED(Kind.RULE_BROKEN, "the personal data of complaint %s was erased at %s"),

    /**
     * A command sent with an expected version (HTTP If-Match) finds the complaint moved on since: any event after that
     * version refuses it, whatever the events are (complaint, expected version, version it is at); or the version it
     * names was never reached (complaint, expected version).
     */
    COMPLAINT_CHANGED(Kind.PRECONDITION_FAILED, "complaint %s has changed since version %s: it is at version %s",
            "complaint %s has had no version %s; read it again for the version it is at"),

    /** Worded with the incident id the client may quote. */
    INTERNAL_ERROR(Kind.INTERNAL);

    /** The kind of failure, which decides the HTTP status at the edge. */
    public enum Kind { BAD_INPUT, NOT_FOUND, CONFLICT, RULE_BROKEN, PRECONDITION_FAILED, INTERNAL }

    private static final String VALUE = "%s";

    private final Kind kind;
    private final String field;
    private final List<String> sentences;

    ErrorCode(Kind kind, String... sentences) {
        this(kind, null, sentences);
    }

    ErrorCode(Kind kind, Field field, String... sentences) {
        this.kind = kind;
        this.field = field == null ? null : field.name();
        this.sentences = List.of(sentences);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field (its JSON name) this reason is always about, or null when it depends on the request or none is. */
    public String field() {
        return field;
    }

    /** The templates, each with its {@code %s} for every value; empty when the code is worded where it is raised. */
    public List<String> sentences() {
        return sentences;
    }

    /**
     * The sentence filled in with {@code values}, in order; the template is the one with as many {@code %s} as there
     * are values.
     *
     * @throws IllegalArgumentException when no template of this code takes that many values
     */
    public String sentence(Object... values) {
        return sentences.stream().filter(template -> placeholders(template) == values.length).findFirst()
                .map(template -> String.format(Locale.ROOT, template, values))
                .orElseThrow(() -> new IllegalArgumentException(
                        this + " has no sentence for " + values.length + " value(s); it has " + sentences));
    }

    /** How many values a template takes. */
    static int placeholders(String template) {
        return template.split(VALUE, -1).length - 1;
    }

    private static Field naming(String field) {
        return new Field(field);
    }

    private record Field(String name) {
    }
}
