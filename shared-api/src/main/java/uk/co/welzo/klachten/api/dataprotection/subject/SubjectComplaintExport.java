package uk.co.welzo.klachten.api.dataprotection.subject;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.query.InquiryView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;

/**
 * Everything held about the data subject on one complaint (UK GDPR art. 15): the case as they gave it, every
 * communication with them, the investigation notes, the departments' questions and answers, the resolutions, the
 * letters sent to them and who read the case when ({@code accessLog}). Once erased ({@code personalDataErasedAt}), every
 * text reads as {@code PersonalData.ERASED}.
 */
public record SubjectComplaintExport(
        String complaintId,
        String reference,
        ComplaintStatus status,
        Category category,
        String product,
        Instant receivedAt,
        Instant personalDataErasedAt,
        ErasureGround erasureGround,
        Complainant complainant,
        String description,
        String orderNumber,
        List<TimelineEntry> communications,
        List<TimelineEntry> notes,
        List<InquiryView> departmentQuestions,
        List<TimelineEntry> resolutions,
        Outcome outcome,
        String remedy,
        List<OutboxItem> lettersSent,
        List<AccessLogEntry> accessLog) {
}
