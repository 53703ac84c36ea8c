package uk.co.welzo.klachten.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;

/**
 * R8.2 for one projection: the read model after the original events and then {@code PersonalDataErased} (live) is the
 * read model a full replay builds from the events as the serializer gives them after the erasure (marker texts), and
 * the other complaints are as they were without any erasure.
 */
public final class ErasureReplay {

    public static final Instant ERASED_AT = Instant.parse("2027-01-11T10:00:00Z");

    private ErasureReplay() {
    }

    /** What the read model held: never erased, erased live, and rebuilt by a replay after the erasure. */
    public record Outcome(List<Document> withoutErasure, List<Document> live, List<Document> replayed) {
    }

    public static PersonalDataErased erasure(String complaintId) {
        return new PersonalDataErased(ComplaintId.of(complaintId), ErasureGround.CONSENT_WITHDRAWN,
                Requester.DATA_SUBJECT, "DPO-2027-001", ERASED_AT, ERASED_AT, new Actor("dpo"));
    }

    /**
     * Runs both ways and asserts they agree and that no complaint but {@code erased} changed; {@code histories} maps each
     * complaint id to its events from sequence 0 (their order is the delivery order).
     */
    public static Outcome assertLiveErasureIsAReplay(AnnotationEventHandlerAdapter projection,
                                                      Map<String, List<Object>> histories, String erased,
                                                      Supplier<List<Document>> readModel) throws Exception {
        projection.prepareReset();
        histories.forEach((id, events) -> deliver(projection, id, 0, events));
        List<Document> before = readModel.get();
        deliver(projection, erased, histories.get(erased).size(), List.of(erasure(erased)));
        List<Document> live = readModel.get();

        projection.prepareReset();
        histories.forEach((id, events) -> deliver(projection, id, 0,
                id.equals(erased) ? ErasedEvents.asErased(events) : events));
        deliver(projection, erased, histories.get(erased).size(), List.of(erasure(erased)));
        List<Document> replayed = readModel.get();

        assertThat(live).as("live erasure leaves what a replay with marker texts leaves").isEqualTo(replayed);
        List<Document> others = withoutMentionOf(before, erased);
        List<Object> otherIds = others.stream().map(d -> d.get("_id")).toList();
        assertThat(live.stream().filter(d -> otherIds.contains(d.get("_id"))).toList())
                .as("the documents of the other complaints are untouched").isEqualTo(others);
        return new Outcome(before, live, replayed);
    }

    private static List<Document> withoutMentionOf(List<Document> documents, String complaintId) {
        return documents.stream().filter(d -> !d.toJson().contains("\"" + complaintId + "\"")).toList();
    }

    private static void deliver(AnnotationEventHandlerAdapter projection, String id, long from, List<Object> events) {
        try {
            for (int i = 0; i < events.size(); i++) {
                projection.handle(new GenericDomainEventMessage<>("Complaint", id, from + i, events.get(i)));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
