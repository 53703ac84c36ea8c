package uk.co.welzo.klachten.api.complaint.query;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.sentences.EventSentences;

/** One step in a complaint's history, summarised for staff. */
public record TimelineEntry(
        long sequence,
        String type,
        String summary,
        Instant occurredAt,
        Instant recordedAt,
        String actor) {

    /** The step {@code event}, stored at {@code sequence}, in the timeline's words (no personal data or free text). */
    public static TimelineEntry of(ComplaintEvent event, long sequence) {
        return new TimelineEntry(sequence, event.getClass().getSimpleName(), EventSentences.forTimeline(event),
                event.occurredAt(), event.recordedAt(), event.actor().name());
    }
}
