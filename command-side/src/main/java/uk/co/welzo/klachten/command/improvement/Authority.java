package uk.co.welzo.klachten.command.improvement;

import java.util.Set;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/**
 * Who may do what to an improvement action (R6.3), decided from the roles and the name the command carries, so the rule
 * holds whichever edge sent it: the head and analysts raise and link; the owning manager or the head take the steps.
 */
final class Authority {

    private Authority() {
    }

    static void requireHeadOrAnalyst(Set<Role> roles, String doing, ImprovementActionId id, Actor actor) {
        if (!has(roles, Role.HEAD_OF_CUSTOMER_SERVICE) && !has(roles, Role.ANALYST)) {
            throw ImprovementRuleBroken.of(ErrorCode.ONLY_HEAD_OR_ANALYST_RAISES, doing, id, name(actor));
        }
    }

    static void requireOwnerOrHead(Set<Role> roles, Actor actor, String owner, ImprovementActionId id) {
        boolean owns = actor != null && actor.name().equals(owner);
        if (!owns && !has(roles, Role.HEAD_OF_CUSTOMER_SERVICE)) {
            throw ImprovementRuleBroken.of(ErrorCode.NOT_THE_ACTION_OWNER, owner, id, name(actor));
        }
    }

    private static boolean has(Set<Role> roles, Role role) {
        return roles != null && roles.contains(role);
    }

    private static String name(Actor actor) {
        return actor == null ? "nobody" : actor.name();
    }
}
