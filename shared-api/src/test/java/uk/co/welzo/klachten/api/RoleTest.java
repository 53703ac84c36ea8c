package uk.co.welzo.klachten.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void readsTheKnownNamesAndIgnoresTheRest() {
        assertThat(Role.of(List.of("AGENT", "ROLE_AGENT", "nobody", "HEAD_OF_CUSTOMER_SERVICE")))
                .containsExactlyInAnyOrder(Role.AGENT, Role.HEAD_OF_CUSTOMER_SERVICE);
        assertThat(Role.of(null)).isEmpty();
    }

    @Test
    void theSetCannotBeChangedByWhoeverReceivesIt() {
        assertThat(Role.of(List.of("AGENT"))).isUnmodifiable();
        assertThat(Arrays.stream(Role.values()).map(Role::name)).doesNotHaveDuplicates();
    }
}
