package uk.co.welzo.klachten.api.complaint.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;

class EventSentencesTest {

    @Test
    void everyComplaintEventReadsAsASentenceInTheHistoryAndTheTimeline() {
        for (Class<?> type : ComplaintEvent.class.getPermittedSubclasses()) {
            ComplaintEvent event = (ComplaintEvent) sample(type);

            assertThat(EventSentences.history(event)).as(type.getSimpleName()).isNotNull();
            assertThatCode(() -> EventSentences.forTimeline(event)).as(type.getSimpleName()).doesNotThrowAnyException();
        }
    }

    /** A made-up instance built from the record's own components, so a new event type needs no sample written. */
    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "sample";
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-02T09:15:30Z");
        }
        if (type == boolean.class) {
            return false;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == ReferenceNumber.class) {
            return ReferenceNumber.parse("Q1N-19Y-8PN");
        }
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(Arrays.stream(types).map(EventSentencesTest::sample).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + type.getName(), e);
        }
    }
}
