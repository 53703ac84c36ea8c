package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;

/** A complaint as it stood at an instant: replayed from the events that count by then (status null: none yet). */
public record CaseAsAtView(
        String complaintId,
        String reference,
        Instant at,
        AsAtBasis basis,
        ComplaintStatus status,
        Stage stage,
        Category category,
        String handler,
        List<DeadlineInForce> deadlinesInForce,
        List<OpenDepartmentRequest> openDepartmentRequests,
        List<CustomerTold> customerTold,
        List<AsAtStep> steps) {
}
