package uk.co.welzo.klachten.query.dataprotection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectAccessExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintSummary;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;
import uk.co.welzo.klachten.query.accesslog.AccessLog;
import uk.co.welzo.klachten.query.infrastructure.QueryAnswers;

/**
 * Subject access (UK GDPR art. 15, R8.2): finds a person's complaints through the subject index and gathers what is
 * held about them on each from the case view, the outbox and the access log, over the query bus. Every export is
 * itself written to the access log, one entry per complaint, before it is answered.
 */
@Component
class SubjectAccess {

    static final String EXPORT_ENDPOINT = "POST " + SubjectAccessController.BASE + "/export";

    private final SubjectIndex index;
    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    SubjectAccess(SubjectIndex index, QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.index = index;
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** What the request identifies the person by; a request naming nothing is a 400. */
    static SubjectIdentifiers checked(SubjectIdentifiers person) {
        if (person == null || !Text.hasText(person.email()) && !Text.hasText(person.phone())
                && !Text.hasText(person.name())) {
            throw QueryAnswers.invalid("email", "give an e-mail address, a phone number or a name (at least one)");
        }
        return person;
    }

    List<SubjectComplaintSummary> search(SubjectIdentifiers person) {
        List<SubjectComplaintSummary> found = new ArrayList<>();
        index.find(checked(person)).forEach((complaintId, matchedOn) -> caseOf(complaintId).ifPresent(view ->
                found.add(new SubjectComplaintSummary(view.complaintId(), view.reference(), view.status(),
                        view.receivedAt(), view.personalDataErasedAt(), matchedOn))));
        return found;
    }

    /** Everything held about the person; {@code read} is how the access log describes this request. */
    SubjectAccessExport export(SubjectIdentifiers person, String user, Read read) {
        List<SubjectComplaintExport> complaints = new ArrayList<>();
        for (Map.Entry<String, List<String>> found : index.find(checked(person)).entrySet()) {
            caseOf(found.getKey()).ifPresent(view -> complaints.add(exportOf(view)));
        }
        Instant now = clock.instant();
        for (SubjectComplaintExport complaint : complaints) {
            accessLog.append(new AccessLogEntry(now, user, complaint.complaintId(), complaint.reference(),
                    EXPORT_ENDPOINT, read.path(), read.clientAddress(), read.forwardedFor(), read.userAgent()));
        }
        return new SubjectAccessExport(now, user, complaints);
    }

    /** The request as the access log records it. */
    record Read(String path, String clientAddress, String forwardedFor, String userAgent) {
    }

    private SubjectComplaintExport exportOf(ComplaintView view) {
        ComplaintId id = ComplaintId.of(view.complaintId());
        List<OutboxItem> letters = queries.query(new FindLetters(id), ResponseTypes.multipleInstancesOf(OutboxItem.class))
                .join().stream().filter(letter -> letter.kind() != null && "SENT".equals(letter.state())).toList();
        List<AccessLogEntry> reads = queries.query(new FindAccessLog(view.complaintId(), null, null, null),
                ResponseTypes.multipleInstancesOf(AccessLogEntry.class)).join();
        return new SubjectComplaintExport(view.complaintId(), view.reference(), view.status(), view.category(),
                view.product(), view.receivedAt(), view.personalDataErasedAt(), view.erasureGround(),
                view.complainant(), view.description(), view.orderNumber(),
                steps(view, "CustomerCommunicationRecorded"), steps(view, "InvestigationNoteRecorded"),
                view.inquiries(), steps(view, "ComplaintResolved"), view.outcome(), view.remedy(), letters, reads);
    }

    private static List<TimelineEntry> steps(ComplaintView view, String type) {
        return view.timeline().stream().filter(step -> step.type().equals(type)).toList();
    }

    private Optional<ComplaintView> caseOf(String complaintId) {
        return queries.query(new FindComplaint(ComplaintId.of(complaintId)),
                ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
    }
}
