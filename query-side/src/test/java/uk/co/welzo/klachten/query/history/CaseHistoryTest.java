package uk.co.welzo.klachten.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.eventstore.TwoStageCase.*;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.HistoryEntry;

/** The full history as auditors read it: every event in order, for people and with its fields (R6.1, R8.2). */
class CaseHistoryTest {

    private final CaseHistoryView history = HistoryQueryHandler.history(ID.value(), stored());

    @Test
    void listsEveryEventInOrderWithBusinessAndRecordedTimeActorAndReason() {
        assertThat(history.reference()).isEqualTo(REFERENCE.value());
        assertThat(history.events()).extracting(HistoryEntry::sequence)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(history.events()).extracting(HistoryEntry::type).containsExactly("ComplaintLodged",
                "ComplaintAcknowledged", "ComplaintAssigned", "DepartmentInputRequested", "DepartmentInputReceived",
                "DeadlineExtended", "CustomerCommunicationRecorded", "ComplaintResolved", "ComplaintEscalated",
                "EscalationAcknowledged", "ComplaintResolved", "ComplaintClosed");

        HistoryEntry lodged = history.events().get(0);
        assertThat(lodged.occurredAt()).isEqualTo(RECEIVED);
        assertThat(lodged.recordedAt()).isEqualTo(TYPED_IN);
        assertThat(lodged.actor()).isEqualTo("intake");
        assertThat(lodged.summary()).isEqualTo("Complaint received by letter in category product defect, reference "
                + REFERENCE + "; to be acknowledged by 2026-12-23T09:00:00Z (policy 2026-11-1).");
        assertThat(lodged.payload()).containsEntry("description", "The monitor arrived <broken> & unusable");
        assertThat(((Map<?, ?>) lodged.payload().get("complainant")).get("name")).isEqualTo("Ann Example");
        assertThat(lodged.payload().get("occurredAt")).isEqualTo("2026-12-21T09:00:00Z");

        HistoryEntry extended = history.events().get(5);
        assertThat(extended.reason()).isEqualTo("Awaiting supplier test report");
        assertThat(extended.actor()).isEqualTo("head");
        assertThat(extended.summary()).isEqualTo("Stage one resolution deadline extended from 2027-01-13T00:00:00Z"
                + " to 2027-01-21T00:00:00Z (originally 2027-01-13T00:00:00Z).");
        assertThat(history.events().get(9).recordedAt()).isEqualTo(ESCALATION_TYPED_IN);
        assertThat(history.events().get(10).summary())
                .isEqualTo("Stage 2 resolved: upheld; customer told of independent advice and support.");
        assertThat(history.events().get(11).storedAt()).isEqualTo(CLOSED);
    }

    @Test
    void theHtmlExportIsOnePageWithEveryEventAndEverythingEscaped() {
        String page = HistoryPage.render(history, Instant.parse("2027-03-01T10:00:00Z"), "auditor");

        assertThat(page).startsWith("<!DOCTYPE html>").contains("Case history of complaint audit-1")
                .contains("Exported 2027-03-01T10:00:00Z by auditor")
                .contains("The monitor arrived &lt;broken&gt; &amp; unusable")
                .doesNotContain("<broken>").doesNotContain("<script").doesNotContain("http");
        assertThat(page.split("<tr><td>", -1)).hasSize(13);
    }
}
