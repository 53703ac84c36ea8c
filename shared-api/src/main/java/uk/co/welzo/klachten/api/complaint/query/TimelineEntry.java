package uk.co.welzo.klachten.api.complaint.query;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.sentences.EventSentences;

/**
 * One step in a complaint's history, summarised for staff, with what people wrote in it (a note, a department's
 * question or answer, a communication's summary, a reason, the remedy): R3.1, the investigator considers all earlier
 * correspondence. {@code text} is null for a step in which nobody wrote anything, and for steps projected before
 * texts were kept until the {@code cases} read model is replayed.
 */
public record TimelineEntry(
        long sequence,
        String type,
        String summary,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String text) {

    /** The step {@code event}, stored at {@code sequence}, in the timeline's words and with what people wrote in it. */
    public static TimelineEntry of(ComplaintEvent event, long sequence) {
        return new TimelineEntry(sequence, event.getClass().getSimpleName(), EventSentences.forTimeline(event),
                event.occurredAt(), event.recordedAt(), event.actor().name(), EventSentences.writtenIn(event));
    }
}
