package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.complaint.Department;

/** A request for department input as the aggregate needs it: what was asked, and the answer once given (R3.2). */
record Inquiry(Department department, String question, String answer) {

    boolean answered() {
        return answer != null;
    }

    boolean sameRequest(Department otherDepartment, String otherQuestion) {
        return department == otherDepartment && question.equals(otherQuestion);
    }

    Inquiry answeredWith(String text) {
        return new Inquiry(department, question, text);
    }
}
