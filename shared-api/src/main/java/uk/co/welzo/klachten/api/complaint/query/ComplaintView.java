package uk.co.welzo.klachten.api.complaint.query;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;

/**
 * The current state of one complaint for the staff who handle it. {@code version} is the aggregate version this view
 * reflects: the sequence number of the last of the complaint's events applied to it (0 after lodging). A command sent
 * with {@code If-Match: "<version>"} is refused if the complaint has moved on since. Once the complainant's personal data
 * is erased (R8.2), {@code personalDataErasedAt} and {@code erasureGround} say when and why, and every personal text
 * reads as {@code PersonalData.ERASED}; both are null until then.
 */
public record ComplaintView(
        String complaintId,
        String reference,
        ComplaintStatus status,
        Stage stage,
        Channel channel,
        Category category,
        Complainant complainant,
        String description,
        String orderNumber,
        String product,
        Instant receivedAt,
        String handler,
        List<DeadlineView> deadlines,
        List<InquiryView> inquiries,
        String departmentManager,
        Outcome outcome,
        String remedy,
        String rootCause,
        Instant escalationWindowEnds,
        String closureReason,
        List<String> externalReferrals,
        List<TimelineEntry> timeline,
        long version,
        Instant personalDataErasedAt,
        ErasureGround erasureGround) {

    /** A view of a complaint whose personal data was never erased. */
    public ComplaintView(String complaintId, String reference, ComplaintStatus status, Stage stage, Channel channel,
                         Category category, Complainant complainant, String description, String orderNumber,
                         String product, Instant receivedAt, String handler, List<DeadlineView> deadlines,
                         List<InquiryView> inquiries, String departmentManager, Outcome outcome, String remedy,
                         String rootCause, Instant escalationWindowEnds, String closureReason,
                         List<String> externalReferrals, List<TimelineEntry> timeline, long version) {
        this(complaintId, reference, status, stage, channel, category, complainant, description, orderNumber, product,
                receivedAt, handler, deadlines, inquiries, departmentManager, outcome, remedy, rootCause,
                escalationWindowEnds, closureReason, externalReferrals, timeline, version, null, null);
    }
}
