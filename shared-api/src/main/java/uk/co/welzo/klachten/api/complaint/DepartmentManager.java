package uk.co.welzo.klachten.api.complaint;

/** The manager of the department who reviews an escalation (R4.2). */
public record DepartmentManager(
        String name,
        String department) {

    public DepartmentManager {
        if (name == null || name.isBlank() || department == null || department.isBlank()) {
            throw new IllegalArgumentException("a department manager has a name and a department");
        }
    }
}
