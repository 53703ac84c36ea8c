package uk.co.welzo.klachten.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import uk.co.welzo.klachten.api.Role;

class RolesTest {

    @Test
    void theGrantedRolesAndTheRolesCommandsCarryAreTheSameNames() {
        assertThat(Arrays.stream(Role.values()).map(Role::name)).containsExactlyElementsOf(Roles.ALL);
    }

    @Test
    void readsTheRolesOfTheCallerFromTheirAuthorities() {
        var head = new TestingAuthenticationToken("harper", "", "ROLE_HEAD_OF_CUSTOMER_SERVICE", "ROLE_AGENT",
                "SCOPE_openid", "ROLE_SOMETHING_ELSE");
        assertThat(Roles.of(head)).containsExactlyInAnyOrder(Role.HEAD_OF_CUSTOMER_SERVICE, Role.AGENT);
        assertThat(Roles.of(null)).isEmpty();
    }
}
