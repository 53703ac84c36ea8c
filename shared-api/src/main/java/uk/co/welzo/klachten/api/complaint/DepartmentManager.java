package uk.co.welzo.klachten.api.complaint;

/**
 * The manager of the department who reviews an escalation (R4.2). Refuses only what earlier releases refused, so stored
 * events still read; the edge and the aggregate refuse names with nothing visible ({@code Text.isBlank}).
 */
public record DepartmentManager(
        String name,
        String department) {

    public DepartmentManager {
        if (name == null || name.isBlank() || department == null || department.isBlank()) {
            throw new IllegalArgumentException("a department manager has a name and a department");
        }
    }
}
