package uk.co.welzo.klachten.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.eventstore.TwoStageCase.ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.CustomerTold;
import uk.co.welzo.klachten.api.audit.HistoryEntry;
import uk.co.welzo.klachten.query.ErasedEvents;
import uk.co.welzo.klachten.query.ErasureReplay;
import uk.co.welzo.klachten.query.eventstore.StoredEvent;
import uk.co.welzo.klachten.query.eventstore.TwoStageCase;

/**
 * R8.2: after an erasure the store hands the history its events with the marker in every personal text. The auditors'
 * history, its printable page and the as-at view show the facts and the marker as plain words, and say the person was
 * erased, when and why.
 */
class ErasedHistoryTest {

    private static List<StoredEvent> erasedStore() {
        List<Object> payloads = new ArrayList<>(ErasedEvents.asErased(TwoStageCase.payloads()));
        payloads.add(ErasureReplay.erasure(ID.value()));
        List<StoredEvent> stored = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            stored.add(StoredEvent.of(new GenericDomainEventMessage<>("Complaint", ID.value(), i, payloads.get(i))));
        }
        return stored;
    }

    @Test
    @DisplayName("R8.2: the erased history keeps every fact, reads the marker as words and says who erased it and why")
    void historyOfAnErasedComplaint() {
        CaseHistoryView history = HistoryQueryHandler.history(ID.value(), erasedStore());

        assertThat(history.reference()).isEqualTo(TwoStageCase.REFERENCE.value());
        assertThat(history.events()).hasSize(TwoStageCase.payloads().size() + 1);
        assertThat(history.events().get(history.events().size() - 1).summary()).isEqualTo(
                "The complainant's personal data was erased (consent withdrawn, requested by data subject, "
                        + "reference DPO-2027-001).");
        assertThat(history.events()).extracting(HistoryEntry::summary)
                .noneSatisfy(summary -> assertThat(summary).contains("Ann", "padding", "monitor arrived"));

        String page = HistoryPage.render(history, Instant.parse("2027-03-01T10:00:00Z"), "auditor");
        assertThat(page).contains(PersonalData.ERASED, "personal data was erased (consent withdrawn")
                .doesNotContain("Ann Example", "ann@example.org", "Packed without padding", "Yes, no padding",
                        "Awaiting the supplier", "Wants a replacement", "mailto:");

        CaseAsAtView asAt = CaseReplay.asAt(ID.value(), erasedStore(), Instant.parse("2027-03-01T00:00:00Z"),
                AsAtBasis.RECORDED);
        assertThat(asAt.customerTold()).extracting(CustomerTold::what)
                .contains(PersonalData.ERASED, "stage-1 resolution: PARTLY_UPHELD, " + PersonalData.ERASED)
                .noneSatisfy(told -> assertThat(told).contains("Refund", "supplier's report"));
    }
}
