package uk.co.welzo.klachten.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Typed ids validate themselves and store as their raw value (Axon stores the identifier's toString()). */
class ComplaintIdTest {

    @Test
    void acceptsUuidsAndClientChosenIds() {
        String uuid = UUID.randomUUID().toString();
        assertThat(ComplaintId.of(uuid).toString()).isEqualTo(uuid);
        assertThat(ComplaintId.of("c-1001").value()).isEqualTo("c-1001");
    }

    @Test
    void rejectsBlankOverlongAndOddIds() {
        assertThatThrownBy(() -> ComplaintId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComplaintId.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComplaintId.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComplaintId.of("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComplaintId.of("reference:7KQ-M2X-D5R")).isInstanceOf(IllegalArgumentException.class);
    }
}
