package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/**
 * The processes that act on events (the automatic acknowledgement, the letters and notices) first run on an
 * installation that already has history: they start at the head of the event stream, so nothing of the past is
 * acknowledged, written or sent now; what happens from then on is.
 */
class StartAtTheHeadTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R2, #15: switched on where complaints already exist, no past complaint is acknowledged and no past "
            + "step writes a letter or a notice; a complaint lodged afterwards is acknowledged and gets its letter")
    void thePastIsNewsToNobody() {
        ComplaintId old = ComplaintId.of("before-1");
        ComplaintId acknowledgedBefore = ComplaintId.of("before-2");
        String[] before = {"--klachten.acknowledgement.automatic=false", "--klachten.letters.enabled=false"};
        try (RunningService service = RunningService.start(dataDir, before)) {
            EventStore store = service.bean(EventStore.class);
            ComplaintLodged byWebForm = ComplaintEvents.lodged(old);
            ComplaintEvents.append(store, old, 0, new ComplaintLodged(old, byWebForm.reference(), Channel.WEB_FORM,
                    byWebForm.category(), byWebForm.complainant(), byWebForm.description(), null, null,
                    byWebForm.occurredAt(), byWebForm.recordedAt(), byWebForm.acknowledgementDue(),
                    byWebForm.acknowledgementWarningAt(), byWebForm.policyVersion(), byWebForm.actor()));
            ComplaintEvents.append(store, acknowledgedBefore, 0, ComplaintEvents.lodged(acknowledgedBefore));
            ComplaintEvents.append(store, acknowledgedBefore, 1, ComplaintEvents.acknowledged(acknowledgedBefore));
            ComplaintEvents.append(store, acknowledgedBefore, 2, ComplaintEvents.assigned(acknowledgedBefore));
            service.awaitCaughtUp("cases");
        }

        try (RunningService service = RunningService.start(dataDir, "--klachten.letters.send-initial-delay=PT0S",
                "--klachten.letters.send-interval=PT0.2S")) {
            service.awaitCaughtUp("correspondence");
            service.awaitCaughtUp("automatic-acknowledgement");
            service.command("POST", "/api/complaints", "intake", LettersEndToEndTest.LODGE.formatted("after-1"));
            service.awaitView("/api/complaints/after-1", "agent",
                    view -> "UNDER_INVESTIGATION".equals(view.path("status").asText()));
            service.awaitView("/api/outbox", "head", items -> items.size() > 0);
            service.awaitCaughtUp("correspondence");

            assertThat(service.send("GET", "/api/outbox", "head", null).body()).as("only the new complaint's letter")
                    .singleElement().satisfies(item -> {
                        assertThat(item.path("complaintId").asText()).isEqualTo("after-1");
                        assertThat(item.path("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
                    });
            assertThat(service.bean(EventStore.class).readEvents("before-1").asStream().count())
                    .as("lodged by the web form before the policy ran: left to staff, not acknowledged now").isEqualTo(1);
        }
    }
}
