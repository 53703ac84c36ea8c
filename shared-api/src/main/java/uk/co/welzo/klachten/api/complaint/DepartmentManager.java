package uk.co.welzo.klachten.api.complaint;

import uk.co.welzo.klachten.api.Text;

/** The manager of the department who reviews an escalation (R4.2). */
public record DepartmentManager(
        String name,
        String department) {

    public DepartmentManager {
        if (Text.isBlank(name) || Text.isBlank(department)) {
            throw new IllegalArgumentException("a department manager has a name and a department");
        }
    }
}
