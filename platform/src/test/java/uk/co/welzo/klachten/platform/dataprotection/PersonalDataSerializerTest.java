package uk.co.welzo.klachten.platform.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.complaint.ClosureReason;

/** R8.2: personal texts are stored encrypted per data subject, read back while the key exists, erased once it is gone. */
class PersonalDataSerializerTest {

    static final Instant T = Instant.parse("2026-03-02T09:15:30Z");
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    final SubjectKeys keys = new InMemorySubjectKeys();
    final PersonalDataSerializer serializer = new PersonalDataSerializer(
            JacksonSerializer.builder().objectMapper(MAPPER).lenientDeserialization().build(), keys);

    @Test
    void r8_2_storesEveryPersonalTextEncryptedAndTheFactsInClear() {
        String stored = serializer.serialize(lodged("c-1"), String.class).getData();

        assertThat(stored).doesNotContain("Zebedee", "zeb@example.org", "7700", "Mill Lane", "broken seal", "ORD-77")
                .contains("\"product\":\"Vitamin D\"", "\"category\":\"SERVICE\"", "\"complaintId\":\"c-1\"");
        assertThat(stored.split("pd1:", -1)).hasSize(7); // name, e-mail, phone, address, description, order number
    }

    @Test
    void r8_2_readsThePersonalTextsBackWhileTheKeyExists() {
        ComplaintLodged lodged = lodged("c-1");
        assertThat((Object) serializer.deserialize(serializer.serialize(lodged, byte[].class))).isEqualTo(lodged);
    }

    @Test
    void r8_2_onceTheKeyIsErasedEveryPersonalTextReadsAsErasedAndTheFactsStay() {
        SerializedObject<byte[]> stored = serializer.serialize(lodged("c-1"), byte[].class);
        SerializedObject<byte[]> other = serializer.serialize(lodged("c-2"), byte[].class);
        keys.erase("c-1", T);

        ComplaintLodged erased = serializer.deserialize(stored);
        assertThat(erased.complainant()).isEqualTo(new Complainant(PersonalData.ERASED, PersonalData.ERASED,
                PersonalData.ERASED, PersonalData.ERASED));
        assertThat(erased.description()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.orderNumber()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.product()).isEqualTo("Vitamin D");
        assertThat(erased.reference()).isEqualTo(ReferenceNumber.parse("Q1N-19Y-8PN"));
        assertThat(erased.acknowledgementDue()).isEqualTo(T.plusSeconds(86400));
        assertThat((Object) serializer.deserialize(other)).isEqualTo(lodged("c-2"));
    }

    @Test
    void r8_2_textsStoredInClearBeforeEncryptionReadAsTheyWereUntilTheSubjectIsErased() throws Exception {
        byte[] clear = MAPPER.writeValueAsBytes(lodged("c-old"));
        SerializedObject<byte[]> legacy = new SimpleSerializedObject<>(clear, byte[].class,
                serializer.typeForClass(ComplaintLodged.class));
        assertThat((Object) serializer.deserialize(legacy)).isEqualTo(lodged("c-old"));

        keys.erase("c-old", T);
        ComplaintLodged erased = serializer.deserialize(legacy);
        assertThat(erased.complainant().name()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.description()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void r8_2_nothingOfAnErasedSubjectIsWrittenAgain() {
        keys.erase("c-1", T);
        String stored = serializer.serialize(new InvestigationNoteRecorded(ComplaintId.of("c-1"), "Zebedee rang again",
                T, T, new Actor("agent")), String.class).getData();
        assertThat(stored).doesNotContain("Zebedee").contains(PersonalData.ERASED);
    }

    @Test
    void r8_2_aTextAlteredOrMovedFromAnotherEventReadsAsUnreadable() throws Exception {
        String note = serializer.serialize(new InvestigationNoteRecorded(ComplaintId.of("c-1"), "the first note", T, T,
                new Actor("agent")), String.class).getData();
        String lodged = serializer.serialize(lodged("c-1"), String.class).getData();
        String descriptionToken = MAPPER.readTree(lodged).get("description").textValue();
        String moved = MAPPER.readTree(note).deepCopy().toString().replaceAll("\"note\":\"[^\"]+\"",
                "\"note\":\"" + descriptionToken + "\"");

        InvestigationNoteRecorded read = serializer.deserialize(new SimpleSerializedObject<>(moved, String.class,
                serializer.typeForClass(InvestigationNoteRecorded.class)));
        assertThat(read.note()).isEqualTo(PersonalDataSerializer.UNREADABLE);
    }

    @Test
    void eventsWithoutPersonalDataAreStoredAsJacksonWritesThem() throws Exception {
        ComplaintClosed closed = new ComplaintClosed(ComplaintId.of("c-1"), ClosureReason.values()[0], T, T,
                new Actor("agent"));
        assertThat(serializer.serialize(closed, String.class).getData()).isEqualTo(MAPPER.writeValueAsString(closed));
    }

    static ComplaintLodged lodged(String id) {
        return new ComplaintLodged(ComplaintId.of(id), ReferenceNumber.parse("Q1N-19Y-8PN"), Channel.values()[0],
                Category.SERVICE, new Complainant("Zebedee Quill", "zeb@example.org", "+44 7700 900123",
                "1 Mill Lane, Leeds"), "the broken seal", "ORD-77", "Vitamin D", T, T, T.plusSeconds(86400),
                T.plusSeconds(3600), "policy-1", new Actor("intake"));
    }
}
