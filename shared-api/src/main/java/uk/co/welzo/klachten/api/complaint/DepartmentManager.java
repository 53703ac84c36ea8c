package uk.co.welzo.klachten.api.complaint;

/**
 * The manager of the department who reviews an escalation (R4.2): {@code userName} is the principal they sign in as,
 * so that only they (or the head of customer service) give the stage-2 resolution. It is null only in escalations
 * acknowledged before managers were forwarded escalations by user name (revision 1 of {@code EscalationAcknowledged});
 * the aggregate refuses a new forward without it. Refuses only what earlier releases refused, so stored events still
 * read; the edge and the aggregate refuse names with nothing visible ({@code Text.isBlank}).
 */
public record DepartmentManager(
        String userName,
        String name,
        String department) {

    public DepartmentManager {
        if (name == null || name.isBlank() || department == null || department.isBlank()) {
            throw new IllegalArgumentException("a department manager has a name and a department");
        }
    }

    /** A manager as escalations acknowledged before user names were recorded name them: no user name. */
    public DepartmentManager(String name, String department) {
        this(null, name, department);
    }
}
