package uk.co.welzo.klachten.query.history;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.FindCaseAsAt;
import uk.co.welzo.klachten.api.audit.FindCaseHistory;
import uk.co.welzo.klachten.api.audit.FindComplaintIdByReference;
import uk.co.welzo.klachten.api.audit.HistoryEntry;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.query.eventstore.CaseEvents;
import uk.co.welzo.klachten.query.eventstore.StoredEvent;
import uk.co.welzo.klachten.api.complaint.sentences.EventSentences;

/**
 * Answers auditors' history questions from the event store itself, never from a projection. An unknown complaint is
 * an empty answer, turned into 404 at the edge.
 */
@Component
class HistoryQueryHandler {

    private final CaseEvents events;

    HistoryQueryHandler(CaseEvents events) {
        this.events = events;
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

    static CaseHistoryView history(String complaintId, List<StoredEvent> stored) {
        String reference = stored.stream().map(StoredEvent::payload)
                .filter(ComplaintLodged.class::isInstance)
                .map(p -> ((ComplaintLodged) p).reference().value())
                .findFirst().orElse(null);
        return new CaseHistoryView(complaintId, reference, stored.stream().map(event -> new HistoryEntry(
                event.sequence(), event.type(), EventSentences.forHistory(event.payload()), event.occurredAt(),
                event.recordedAt(), event.storedAt(), event.actor(), event.reason(), event.fields(), event.chainHash())).toList());
    }
}
