package uk.co.welzo.klachten.api.complaint.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
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

    @Test
    void aStageTwoResolutionShowsStaffTheManagersReviewAndSaysHowTheFindingsWereTold_R4_2_R3_3() {
        ComplaintResolved resolved = new ComplaintResolved(ComplaintId.of("c-1"), Stage.TWO, Outcome.UPHELD,
                "Replacement sent", "supplier defect", true, CommunicationId.of("call-7"), CommunicationChannel.PHONE,
                new StageTwoReview("Read the complaint and the stage-1 answer; the refund alone fell short",
                        "Supplier asked to re-test batch 42"), Instant.EPOCH, Instant.EPOCH, null, "p-1", new Actor("dana"));

        assertThat(EventSentences.writtenIn(resolved)).isEqualTo("""
                Replacement sent
                Review: Read the complaint and the stage-1 answer; the refund alone fell short
                Further action: Supplier asked to re-test batch 42""");
        assertThat(EventSentences.forHistory(resolved)).isEqualTo("Stage 2 resolved: upheld; customer told of "
                + "independent advice and support; findings told by phone (communication call-7).");
        assertThat(EventSentences.forTimeline(resolved)).endsWith("; findings told by PHONE");
    }
}
