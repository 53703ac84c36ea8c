package uk.co.welzo.klachten.web.console;

import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.CLOSED;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.ESCALATED;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.RECEIVED;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.RESOLVED_AT_STAGE_ONE;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.RESOLVED_AT_STAGE_TWO;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.UNDER_INVESTIGATION;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.UNDER_REVIEW;
import static uk.co.welzo.klachten.api.complaint.ComplaintStatus.WITHDRAWN;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.platform.security.Roles;

/**
 * The steps a case page offers: who may take each (the roles of the command API, README's message catalogue) and in
 * which state of the complaint the procedure allows it now. Only what to offer: the aggregate still decides.
 */
enum CaseAction {

    ACKNOWLEDGE("acknowledge", Who.STAFF, (view, now) -> view.status() == RECEIVED),
    ASSIGN("assign", Who.STAFF, (view, now) -> open(view)),
    RECATEGORISE("recategorise", Who.STAFF, (view, now) -> open(view)),
    NOTE("note", Who.INVESTIGATORS, (view, now) -> open(view)),
    ASK_DEPARTMENT("ask-department", Who.INVESTIGATORS, (view, now) -> investigating(view) || view.status() == ESCALATED),
    RECORD_ANSWER("record-answer", Who.INVESTIGATORS, (view, now) -> open(view)
            && view.inquiries() != null && view.inquiries().stream().anyMatch(inquiry -> inquiry.answeredAt() == null)),
    COMMUNICATE("communicate", Who.INVESTIGATORS, (view, now) -> true),
    RESOLVE("resolve", Who.INVESTIGATORS, (view, now) -> investigating(view)),
    ESCALATE("escalate", Who.STAFF, (view, now) -> view.status() == RESOLVED_AT_STAGE_ONE
            && (view.escalationWindowEnds() == null || now.isBefore(view.escalationWindowEnds()))),
    ACKNOWLEDGE_ESCALATION("acknowledge-escalation", Who.HEAD, (view, now) -> view.status() == ESCALATED),
    EXTEND_DEADLINE("extend-deadline", Who.INVESTIGATORS, (view, now) -> investigating(view)),
    REFER("refer", Who.STAFF, (view, now) -> true),
    CLOSE("close", Who.STAFF, (view, now) -> view.status() == RESOLVED_AT_STAGE_ONE || view.status() == RESOLVED_AT_STAGE_TWO),
    WITHDRAW("withdraw", Who.STAFF, (view, now) -> open(view) && view.status() != RESOLVED_AT_STAGE_TWO),
    /** The letter staff write a part of: the stage-1 outcome (R3.3) or the final response (R4.5), {@link #letterFor}. */
    LETTER("letter", Who.INVESTIGATORS, (view, now) -> letterFor(view) != null);

    private final String path;
    private final Set<String> roles;
    private final BiPredicate<ComplaintView, Instant> allowedNow;

    CaseAction(String path, Set<String> roles, BiPredicate<ComplaintView, Instant> allowedNow) {
        this.path = path;
        this.roles = roles;
        this.allowedNow = allowedNow;
    }

    /** The last part of the action's URL and of its form's field ids. */
    String path() {
        return path;
    }

    boolean mayBeTakenBy(Collection<String> roleNames) {
        return roleNames.stream().anyMatch(roles::contains);
    }

    /** The actions to offer this person on this case now, by their paths. */
    static Set<String> offered(ComplaintView view, Collection<String> roleNames, Instant now) {
        Set<String> paths = new LinkedHashSet<>();
        for (CaseAction action : values()) {
            if (action.mayBeTakenBy(roleNames) && action.allowedNow.test(view, now)
                    && (!stageTwoReviewers(action, view) || reviews(roleNames))) {
                paths.add(action.path);
            }
        }
        return paths;
    }

    /**
     * Once the escalation is forwarded, the stage-2 resolution and the final response are the reviewing manager's or
     * the head's (R4.2): not offered to the other staff. Which manager reviews is the aggregate's to check.
     */
    private static boolean stageTwoReviewers(CaseAction action, ComplaintView view) {
        return (action == RESOLVE && view.status() == UNDER_REVIEW) || (action == LETTER && letterFor(view) == LetterKind.FINAL_RESPONSE);
    }

    private static boolean reviews(Collection<String> roleNames) {
        return roleNames.contains(Roles.HEAD_OF_CUSTOMER_SERVICE) || roleNames.contains(Roles.DEPARTMENT_MANAGER);
    }

    /** The letter whose case-specific part staff write now, or null when none fits the complaint's status. */
    static LetterKind letterFor(ComplaintView view) {
        return view.status() == RESOLVED_AT_STAGE_ONE ? LetterKind.STAGE_ONE_OUTCOME
                : view.status() == RESOLVED_AT_STAGE_TWO ? LetterKind.FINAL_RESPONSE : null;
    }

    private static boolean open(ComplaintView view) {
        return view.status() != CLOSED && view.status() != WITHDRAWN;
    }

    private static boolean investigating(ComplaintView view) {
        return EnumSet.of(UNDER_INVESTIGATION, UNDER_REVIEW).contains(view.status());
    }

    /** The roles of the command API's three rules. */
    private static final class Who {
        static final Set<String> STAFF = Set.of(Roles.AGENT, Roles.HEAD_OF_CUSTOMER_SERVICE);
        static final Set<String> INVESTIGATORS = Set.of(Roles.AGENT, Roles.HEAD_OF_CUSTOMER_SERVICE, Roles.DEPARTMENT_MANAGER);
        static final Set<String> HEAD = Set.of(Roles.HEAD_OF_CUSTOMER_SERVICE);
    }
}
