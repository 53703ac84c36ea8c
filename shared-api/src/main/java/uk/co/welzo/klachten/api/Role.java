package uk.co.welzo.klachten.api;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the people and systems that send commands, as the command carries them to the aggregate: a rule of the
 * procedure about who may do something (R4.2: only the reviewing manager or the head gives the stage-2 resolution) is
 * enforced where the decision is made, not only at the HTTP edge. The names are those of the platform's granted roles.
 */
public enum Role {
    /** The web form and API clients that lodge complaints on a customer's behalf. */
    INTAKE,
    /** A customer-service team member handling complaints. */
    AGENT,
    /** Leads customer service: assigns, forwards escalations, extends deadlines. */
    HEAD_OF_CUSTOMER_SERVICE,
    /** Manages a department; reviews the escalations forwarded to them (R4.2). */
    DEPARTMENT_MANAGER,
    /** Sees trends, never personal data; raises improvement actions (R6.3). */
    ANALYST,
    /** Reads the full history. */
    AUDITOR,
    /** Operates the service. */
    ADMIN,
    /** The data-protection officer: finds a person's complaints, exports what is held about them, erases, holds (R8.2). */
    DATA_PROTECTION_OFFICER;

    /** The roles among {@code names} (unknown names are ignored), as an unmodifiable set; empty for null. */
    public static Set<Role> of(Collection<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                for (Role role : values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return Set.copyOf(roles);
    }
}
