package uk.co.welzo.klachten.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.platform.dataprotection.InMemorySubjectKeys;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/** R8.2: every stored event of a complaint carries a hash chained to the one before, across units of work. */
class ChainingInterceptorTest {

    static final ComplaintId ID = ComplaintId.of("chain-1");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");
    static final Actor AGENT = new Actor("agent");

    EmbeddedEventStore store;
    SubjectKeys keys = new InMemorySubjectKeys();

    @BeforeEach
    void store() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.registerDispatchInterceptor(new ChainingInterceptor(store, keys));
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void chainsEventsWithinAndAcrossUnitsOfWorkAndEveryLinkVerifies() {
        inOneUnitOfWork(event(0, lodged()), event(1, note("first")));
        inOneUnitOfWork(event(2, new ComplaintAssigned(ID, "agent", null, T0, T0, AGENT)));
        inOneUnitOfWork(event(3, note("second")), event(4, note("third")));

        List<? extends DomainEventMessage<?>> stored = store.readEvents(ID.value(), 0).asStream().toList();
        assertThat(stored).hasSize(5);
        assertThat(stored.get(0).getMetaData().get(EventChain.PREVIOUS)).isEqualTo(EventChain.GENESIS);
        String previous = EventChain.GENESIS;
        for (DomainEventMessage<?> event : stored) {
            assertThat(event.getMetaData().get(EventChain.PREVIOUS)).isEqualTo(previous);
            EventChain.Check check = EventChain.verify(previous, event, keys);
            assertThat(check).isInstanceOf(EventChain.Intact.class);
            previous = ((EventChain.Intact) check).hash();
        }
    }

    @Test
    void anAlteredPayloadOrMovedEventNoLongerVerifies() {
        inOneUnitOfWork(event(0, lodged()), event(1, note("the original note")));
        List<? extends DomainEventMessage<?>> stored = store.readEvents(ID.value(), 0).asStream().toList();
        DomainEventMessage<?> second = stored.get(1);
        String firstHash = stored.get(0).getMetaData().get(EventChain.HASH).toString();

        DomainEventMessage<?> altered = new GenericDomainEventMessage<>("Complaint", ID.value(), 1,
                note("a forged note"), second.getMetaData(), second.getIdentifier(), second.getTimestamp());
        DomainEventMessage<?> moved = new GenericDomainEventMessage<>("Complaint", ID.value(), 2,
                second.getPayload(), second.getMetaData(), second.getIdentifier(), second.getTimestamp());

        assertThat(EventChain.verify(firstHash, second, keys)).isInstanceOf(EventChain.Intact.class);
        assertThat(EventChain.verify(firstHash, altered, keys)).isEqualTo(new EventChain.Broken("its field note differs from what was recorded"));
        assertThat(EventChain.verify(firstHash, moved, keys)).isEqualTo(new EventChain.Broken("its content no longer matches its hash"));
        assertThat(EventChain.verify(EventChain.GENESIS, second, keys)).isInstanceOf(EventChain.Broken.class);
    }

    @Test
    void anErasedPersonalFieldStillVerifiesAgainstItsRecordedDigest() {
        inOneUnitOfWork(event(0, lodged()));
        DomainEventMessage<?> lodged = store.readEvents(ID.value(), 0).next();
        ComplaintLodged original = (ComplaintLodged) lodged.getPayload();
        // what a later erasure may leave: the free text gone, the facts kept
        ComplaintLodged erased = new ComplaintLodged(original.complaintId(), original.reference(), original.channel(),
                original.category(), original.complainant(), null, original.orderNumber(), original.product(),
                original.occurredAt(), original.recordedAt(), original.acknowledgementDue(),
                original.acknowledgementWarningAt(), original.policyVersion(), original.actor());
        DomainEventMessage<?> afterErasure = new GenericDomainEventMessage<>("Complaint", ID.value(), 0, erased,
                lodged.getMetaData(), lodged.getIdentifier(), lodged.getTimestamp());

        assertThat(EventChain.verify(EventChain.GENESIS, afterErasure, keys))
                .isEqualTo(new EventChain.Intact(lodged.getMetaData().get(EventChain.HASH).toString(), 1));
    }

    @Test
    void r8_2_aComplaintsEventsAreChainedWithDigestsKeyedByTheComplainantsOwnKey() {
        inOneUnitOfWork(event(0, lodged()), event(1, note("the customer, Ann, rang")));
        List<? extends DomainEventMessage<?>> stored = store.readEvents(ID.value(), 0).asStream().toList();
        assertThat(stored).allSatisfy(event -> assertThat(event.getMetaData().get(EventChain.VERSION)).isEqualTo("2"));
        assertThat(EventChain.verify(EventChain.GENESIS, stored.get(0), keys)).isInstanceOf(EventChain.Intact.class);

        // without the complainant's key a digest proves nothing: another key (a guesser's) does not reproduce it
        SubjectKeys guesser = new InMemorySubjectKeys();
        guesser.obtain(ID.value());
        assertThat(EventChain.verify(EventChain.GENESIS, stored.get(0), guesser))
                .isEqualTo(new EventChain.Broken("its field complainant differs from what was recorded"));
    }

    @Test
    void r8_2_afterCryptoShreddingEveryPersonalFieldReadsErasedAndTheChainStillVerifies() {
        inOneUnitOfWork(event(0, lodged()), event(1, note("the customer, Ann, rang")));
        List<? extends DomainEventMessage<?>> stored = store.readEvents(ID.value(), 0).asStream().toList();
        keys.erase(ID.value(), T0);
        // what the event serializer gives every reader once the key is gone
        ComplaintLodged original = (ComplaintLodged) stored.get(0).getPayload();
        ComplaintLodged erasedLodged = new ComplaintLodged(original.complaintId(), original.reference(),
                original.channel(), original.category(), new Complainant(PersonalData.ERASED, PersonalData.ERASED, null,
                null), PersonalData.ERASED, null, original.product(), original.occurredAt(),
                original.recordedAt(), original.acknowledgementDue(), original.acknowledgementWarningAt(),
                original.policyVersion(), original.actor());
        DomainEventMessage<?> first = new GenericDomainEventMessage<>("Complaint", ID.value(), 0, erasedLodged,
                stored.get(0).getMetaData(), stored.get(0).getIdentifier(), stored.get(0).getTimestamp());
        DomainEventMessage<?> second = new GenericDomainEventMessage<>("Complaint", ID.value(), 1,
                note(PersonalData.ERASED), stored.get(1).getMetaData(), stored.get(1).getIdentifier(),
                stored.get(1).getTimestamp());

        EventChain.Check lodgedCheck = EventChain.verify(EventChain.GENESIS, first, keys);
        assertThat(lodgedCheck).isEqualTo(new EventChain.Intact(stored.get(0).getMetaData().get(EventChain.HASH)
                .toString(), 2)); // the complainant and the description; the lodging named no order number
        assertThat(EventChain.verify(((EventChain.Intact) lodgedCheck).hash(), second, keys))
                .isEqualTo(new EventChain.Intact(stored.get(1).getMetaData().get(EventChain.HASH).toString(), 1));
    }

    @Test
    void hashesTheTimestampToTheMillisecondThatEveryStoreKeeps() {
        inOneUnitOfWork(event(0, lodged()));
        DomainEventMessage<?> lodged = store.readEvents(ID.value(), 0).next();
        DomainEventMessage<?> storedInMillis = new GenericDomainEventMessage<>("Complaint", ID.value(), 0,
                lodged.getPayload(), lodged.getMetaData(), lodged.getIdentifier(), Instant.parse("2026-03-02T09:00:00.123Z"));
        DomainEventMessage<?> aSecondLater = new GenericDomainEventMessage<>("Complaint", ID.value(), 0,
                lodged.getPayload(), lodged.getMetaData(), lodged.getIdentifier(), Instant.parse("2026-03-02T09:00:01.123Z"));

        assertThat(EventChain.verify(EventChain.GENESIS, storedInMillis, keys)).isInstanceOf(EventChain.Intact.class);
        assertThat(EventChain.verify(EventChain.GENESIS, aSecondLater, keys)).isInstanceOf(EventChain.Broken.class);
    }

    private void inOneUnitOfWork(DomainEventMessage<?>... events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(events));
    }

    private static DomainEventMessage<?> event(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Complaint", ID.value(), sequence, payload, MetaData.emptyInstance(),
                java.util.UUID.randomUUID().toString(), T0);
    }

    private static ComplaintLodged lodged() {
        return new ComplaintLodged(ID, ReferenceNumber.random(new Random(1)), Channel.LETTER, Category.SERVICE,
                new Complainant("Ann Example", "ann@example.org", null, null), "Nobody called back", null, null,
                T0, T0, T0.plusSeconds(172_800), T0.plusSeconds(129_600), "2026-11-1", AGENT);
    }

    private static InvestigationNoteRecorded note(String text) {
        return new InvestigationNoteRecorded(ID, text, T0, T0, AGENT);
    }
}
