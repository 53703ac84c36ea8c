package uk.co.welzo.klachten.api.complaint.lifecycle;

import java.util.List;
import java.util.Optional;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * A complaint's place in the procedure after its events so far: status, stage, the deadlines running
 * (in the order they started) and the requests for department input still open. {@link #NONE} is the
 * complaint before it was lodged. Immutable; the next one comes from {@link ComplaintTransition#next}.
 */
public record ComplaintState(ComplaintStatus status, Stage stage, List<RunningDeadline> deadlines,
                             List<OpenInquiry> inquiries) {

    public static final ComplaintState NONE = new ComplaintState(null, null, List.of(), List.of());

    public ComplaintState {
        deadlines = List.copyOf(deadlines);
        inquiries = List.copyOf(inquiries);
    }

    public Optional<RunningDeadline> deadline(DeadlineKind kind, InquiryId inquiryId) {
        return deadlines.stream().filter(deadline -> deadline.is(kind, inquiryId)).findFirst();
    }

    /** Lifecycle: extensions apply to whichever resolution deadline is running. */
    public Optional<RunningDeadline> resolution() {
        return deadlines.stream().filter(RunningDeadline::isResolution).findFirst();
    }
}
