package uk.co.welzo.klachten.query.integrity;

import uk.co.welzo.klachten.query.eventstore.TwoStageCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.audit.ChainBreak;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.platform.dataprotection.InMemorySubjectKeys;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/** R8.2 tamper evidence: the first altered, removed or moved event is where the chain breaks. */
class ChainVerifierTest {

    static final SubjectKeys KEYS = new InMemorySubjectKeys();


    /** The case's events chained as the command side chains them. */
    private static List<DomainEventMessage<?>> chained() {
        List<DomainEventMessage<?>> chained = new ArrayList<>();
        String previous = EventChain.GENESIS;
        for (GenericDomainEventMessage<Object> event : TwoStageCase.messages()) {
            EventChain.Link link = EventChain.link(previous, event, KEYS);
            chained.add(event.andMetaData(link.metaData()));
            previous = link.hash();
        }
        return chained;
    }

    @Test
    void anUntouchedChainIsIntactAndEndsWithTheLastHash() {
        List<DomainEventMessage<?>> events = chained();
        ChainVerification result = ChainVerifier.verify("audit-1", events, KEYS);

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(12);
        assertThat(result.firstBreak()).isNull();
        assertThat(result.headHash()).isEqualTo(events.get(11).getMetaData().get(EventChain.HASH));
    }

    @Test
    void aRemovedEventIsReportedAsTheGapWhereItWas() {
        List<DomainEventMessage<?>> events = chained();
        events.remove(4);

        ChainVerification result = ChainVerifier.verify("audit-1", events, KEYS);
        assertThat(result.intact()).isFalse();
        assertThat(result.eventsChecked()).isEqualTo(4);
        assertThat(result.firstBreak()).isEqualTo(new ChainBreak(4, null,
                "the event with sequence 4 is missing (the next stored event has sequence 5)"));
    }

    @Test
    void twoSwappedEventsBreakAtTheFirstOfThem() {
        List<DomainEventMessage<?>> events = chained();
        DomainEventMessage<?> six = events.get(6);
        DomainEventMessage<?> seven = events.get(7);
        events.set(6, renumbered(seven, 6));
        events.set(7, renumbered(six, 7));

        ChainBreak at = ChainVerifier.verify("audit-1", events, KEYS).firstBreak();
        assertThat(at.sequence()).isEqualTo(6);
        assertThat(at.eventIdentifier()).isEqualTo(seven.getIdentifier());
        assertThat(at.reason()).startsWith("the event links to ");
    }

    @Test
    void anEventWithoutAChainIsABreak() {
        List<DomainEventMessage<?>> events = chained();
        events.set(0, TwoStageCase.messages().get(0));

        assertThat(ChainVerifier.verify("audit-1", events, KEYS).firstBreak())
                .isEqualTo(new ChainBreak(0, events.get(0).getIdentifier(), "the event carries no chain hash"));
    }

    private static DomainEventMessage<?> renumbered(DomainEventMessage<?> event, long sequence) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(), sequence,
                event.getPayload(), event.getMetaData(), event.getIdentifier(), event.getTimestamp());
    }
}
