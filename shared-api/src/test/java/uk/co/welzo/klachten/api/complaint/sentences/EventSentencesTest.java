package uk.co.welzo.klachten.api.complaint.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintEventSamples;

class EventSentencesTest {

    @Test
    void everyComplaintEventReadsAsASentenceInTheHistoryAndTheTimeline() {
        for (ComplaintEvent event : ComplaintEventSamples.all()) {
            String type = event.getClass().getSimpleName();
            assertThat(EventSentences.history(event)).as(type).isNotNull();
            assertThatCode(() -> EventSentences.forTimeline(event)).as(type).doesNotThrowAnyException();
        }
    }
}
