package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.FindNotices;
import uk.co.welzo.klachten.api.correspondence.FindOutbox;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;

/** Answers the outbox queries for the console (and any other reader on the query bus). */
@Component
class OutboxQueries {

    static final int MAX = 500;

    private final Outbox outbox;

    OutboxQueries(Outbox outbox) {
        this.outbox = outbox;
    }

    @QueryHandler
    List<OutboxItem> handle(FindLetters query) {
        return outbox.ofComplaint(query.complaintId().value()).stream().map(OutboxQueries::item).toList();
    }

    /** An unknown state answers nothing rather than everything. */
    @QueryHandler
    List<OutboxItem> handle(FindOutbox query) {
        LetterState state = null;
        if (query.state() != null) {
            try {
                state = LetterState.valueOf(query.state().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return List.of();
            }
        }
        int limit = query.limit() <= 0 ? MAX : Math.min(query.limit(), MAX);
        return outbox.inState(state, limit).stream().map(OutboxQueries::item).toList();
    }

    @QueryHandler
    List<OutboxItem> handle(FindNotices query) {
        int limit = query.limit() <= 0 ? MAX : Math.min(query.limit(), MAX);
        return outbox.noticesTo(query.user(), limit).stream().map(OutboxQueries::item).toList();
    }

    static OutboxItem item(OutboxEntry entry) {
        return new OutboxItem(entry.id, entry.complaintId, entry.reference, entry.kind,
                entry.notice == null ? null : entry.notice.name(),
                entry.recipientRole == null ? null
                        : entry.recipient == null ? entry.recipientRole.name() : entry.recipient,
                entry.state.name(), entry.attempts, entry.recordedAt, entry.nextAttemptAt, entry.lastError,
                entry.templateVersion, entry.messageId, entry.sentAt);
    }
}
