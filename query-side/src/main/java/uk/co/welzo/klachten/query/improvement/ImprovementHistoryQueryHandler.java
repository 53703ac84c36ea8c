package uk.co.welzo.klachten.query.improvement;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.HistoryEntry;
import uk.co.welzo.klachten.api.complaint.sentences.EventSentences;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementActionHistory;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionHistoryView;
import uk.co.welzo.klachten.query.eventstore.CaseEvents;
import uk.co.welzo.klachten.query.eventstore.StoredEvent;

/**
 * The auditors' history of an improvement action, read from the event store, never from the read model: the stream
 * the command side stores it under ({@link #STREAM_PREFIX} and the action's id). An unknown action is an empty answer.
 */
@Component
class ImprovementHistoryQueryHandler {

    /** The command side's {@code ImprovementTargets.PREFIX}: an action's events are stored under it and its id. */
    static final String STREAM_PREFIX = "improvement-action:";

    private final CaseEvents events;

    ImprovementHistoryQueryHandler(CaseEvents events) {
        this.events = events;
    }

    @QueryHandler
    Optional<ImprovementActionHistoryView> handle(FindImprovementActionHistory query) {
        List<StoredEvent> stored = events.of(STREAM_PREFIX + query.actionId().value());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImprovementActionHistoryView(query.actionId().value(), stored.stream()
                .map(event -> new HistoryEntry(event.sequence(), event.type(), EventSentences.forHistory(event.payload()),
                        event.occurredAt(), event.recordedAt(), event.storedAt(), event.actor(), event.reason(),
                        event.fields(), event.chainHash()))
                .toList()));
    }
}
