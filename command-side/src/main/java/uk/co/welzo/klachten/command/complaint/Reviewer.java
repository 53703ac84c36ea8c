package uk.co.welzo.klachten.command.complaint;

import java.util.Set;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;

/**
 * Who may take the steps of stage 2 once the head of customer service forwarded the escalation (R4.2): the manager it
 * was forwarded to, by user name, or the head. An escalation forwarded before user names were recorded names a manager
 * by display name only, which cannot be matched to a sign-in: there any department manager, or the head, may act.
 * {@link #NONE} until an escalation is forwarded: stage 1 has no such rule.
 */
record Reviewer(DepartmentManager manager) {

    static final Reviewer NONE = new Reviewer(null);

    /** The head forwards (R4.2); the edge lets only the head call, this holds for every other way in. */
    static void requireHead(ComplaintId id, Set<Role> roles) {
        if (roles == null || !roles.contains(Role.HEAD_OF_CUSTOMER_SERVICE)) {
            throw ComplaintRuleBroken.of(ErrorCode.ONLY_THE_HEAD_FORWARDS, id);
        }
    }

    /** Refuses {@code actor} taking {@code step} unless they review this escalation or lead customer service. */
    void requireMayAct(ComplaintId id, Actor actor, Set<Role> roles, String step) {
        if (manager == null) {
            return;
        }
        Set<Role> granted = roles == null ? Set.of() : roles;
        if (granted.contains(Role.HEAD_OF_CUSTOMER_SERVICE)) {
            return;
        }
        if (manager.userName() == null) {
            if (!granted.contains(Role.DEPARTMENT_MANAGER)) {
                throw ComplaintRuleBroken.of(ErrorCode.NOT_THE_REVIEWING_MANAGER, step, id);
            }
            return;
        }
        if (actor == null || !manager.userName().equals(actor.name())) {
            throw ComplaintRuleBroken.of(ErrorCode.NOT_THE_REVIEWING_MANAGER, manager.userName(), id, step);
        }
    }
}
