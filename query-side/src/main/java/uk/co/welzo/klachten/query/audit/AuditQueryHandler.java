package uk.co.welzo.klachten.query.audit;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.audit.FindCaseAsAt;
import uk.co.welzo.klachten.api.audit.FindCaseHistory;
import uk.co.welzo.klachten.api.audit.FindComplaintIdByReference;
import uk.co.welzo.klachten.api.audit.FindReturns;
import uk.co.welzo.klachten.api.audit.HistoryEntry;
import uk.co.welzo.klachten.api.audit.ReturnsView;
import uk.co.welzo.klachten.api.audit.VerifyEventChain;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.EventSentences;

/**
 * Answers auditors' questions from the event store itself, never from a projection. An unknown
 * complaint is an empty answer, turned into 404 at the edge. Deadline explanations count working days
 * with the query side's calendar, built from the same {@code klachten.policy.*} settings as the command side.
 */
@Component
class AuditQueryHandler {

    private final CaseEvents events;
    private final Returns returns;
    private final AccessLog accessLog;
    private final DeadlineExplainer explainer;

    AuditQueryHandler(CaseEvents events, Returns returns, AccessLog accessLog,
                      WorkingDayCalendar calendar) {
        this.events = events;
        this.returns = returns;
        this.accessLog = accessLog;
        this.explainer = new DeadlineExplainer(calendar);
    }

    @QueryHandler
    Optional<CaseHistoryView> handle(FindCaseHistory query) {
        List<StoredEvent> stored = events.of(query.complaintId().value());
        return stored.isEmpty() ? Optional.empty() : Optional.of(history(query.complaintId().value(), stored));
    }

    @QueryHandler
    Optional<String> handle(FindComplaintIdByReference query) {
        return events.complaintIdOf(query.reference());
    }

    @QueryHandler
    Optional<CaseAsAtView> handle(FindCaseAsAt query) {
        List<StoredEvent> stored = events.of(query.complaintId().value());
        return stored.isEmpty() ? Optional.empty()
                : Optional.of(CaseReplay.asAt(query.complaintId().value(), stored, query.at(), query.basis()));
    }

    @QueryHandler
    Optional<DeadlineExplanation> handle(ExplainDeadline query) {
        return explainer.explain(query.complaintId().value(), events.of(query.complaintId().value()), query.kind(),
                query.inquiryId(), query.at());
    }

    @QueryHandler
    Optional<ChainVerification> handle(VerifyEventChain query) {
        var raw = events.raw(query.complaintId().value());
        return raw.isEmpty() ? Optional.empty() : Optional.of(ChainVerifier.verify(query.complaintId().value(), raw));
    }

    @QueryHandler
    List<AccessLogEntry> handle(FindAccessLog query) {
        return accessLog.find(query);
    }

    @QueryHandler
    ReturnsView handle(FindReturns query) {
        return returns.count(query.from(), query.to(), query.asAt());
    }

    static CaseHistoryView history(String complaintId, List<StoredEvent> stored) {
        String reference = stored.stream().map(StoredEvent::payload)
                .filter(uk.co.welzo.klachten.api.complaint.event.ComplaintLodged.class::isInstance)
                .map(p -> ((uk.co.welzo.klachten.api.complaint.event.ComplaintLodged) p).reference().value())
                .findFirst().orElse(null);
        return new CaseHistoryView(complaintId, reference, stored.stream().map(event -> new HistoryEntry(
                event.sequence(), event.type(), EventSentences.forHistory(event.payload()), event.occurredAt(),
                event.recordedAt(), event.storedAt(), event.actor(), event.reason(), event.fields(), event.chainHash())).toList());
    }
}
