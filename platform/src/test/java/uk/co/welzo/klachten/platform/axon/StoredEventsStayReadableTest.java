package uk.co.welzo.klachten.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import uk.co.welzo.klachten.api.complaint.Channel;

/**
 * The web API reads request bodies strictly; the event store must not: events stored before the API refused
 * out-of-range times, duplicate keys or padded enum names must still be read back as they were written.
 */
@SpringBootTest
class StoredEventsStayReadableTest {

    record Stored(Instant occurredAt, LocalDate newDeadline, Channel channel, String handler) {
    }

    @Autowired
    @Qualifier("eventSerializer")
    Serializer events;

    @Test
    void readsAnEventWrittenWithTimesAndValuesTheApiNowRefuses() {
        String written = """
                {"occurredAt":"0000-01-01T00:00:00Z","newDeadline":"+57500-01-26","channel":"EMAIL","handler":"123",
                 "addedLater":true} """;
        Stored read = events.deserialize(new SimpleSerializedObject<>(written, String.class, Stored.class.getName(), null));
        assertThat(read.occurredAt()).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
        assertThat(read.newDeadline()).isEqualTo(LocalDate.of(57_500, 1, 26));
        assertThat(read.handler()).isEqualTo("123");
    }
}
