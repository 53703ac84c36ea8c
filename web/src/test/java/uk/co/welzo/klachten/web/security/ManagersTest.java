package uk.co.welzo.klachten.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who the pages take for a department manager: the configured list, and a token's claim before it. */
class ManagersTest {

    private final Managers managers = new Managers(new ManagersProperties(configured()));

    private static Map<String, ManagersProperties.Manager> configured() {
        Map<String, ManagersProperties.Manager> byUser = new LinkedHashMap<>();
        byUser.put("manager", new ManagersProperties.Manager(" Morgan Price ", "Warehouse "));
        byUser.put("half", new ManagersProperties.Manager("No Department", " "));
        byUser.put("pharma", new ManagersProperties.Manager("Dana Reviewer", "Pharmacy"));
        return byUser;
    }

    @Test
    void listsTheConfiguredManagersInOrderAndLeavesOutOnesWithoutADepartment() {
        assertThat(managers.all()).containsExactly(new Managers.Manager("manager", "Morgan Price", "Warehouse"),
                new Managers.Manager("pharma", "Dana Reviewer", "Pharmacy"));
        assertThat(new Managers(new ManagersProperties(null)).all()).isEmpty();
    }

    @Test
    void aSignedInManagersDepartmentIsTheirTokensClaimOrTheirConfiguredOne() {
        assertThat(managers.departmentOf(new TestingAuthenticationToken("manager", "demo"))).contains("Warehouse");
        assertThat(managers.departmentOf(new TestingAuthenticationToken("half", "demo"))).isEmpty();
        assertThat(managers.departmentOf(new TestingAuthenticationToken("someone", "demo"))).isEmpty();
        assertThat(managers.departmentOf(token(Map.of("sub", "manager", "department", " Finance ")))).contains("Finance");
        assertThat(managers.departmentOf(token(Map.of("sub", "manager")))).contains("Warehouse");
    }

    private static JwtAuthenticationToken token(Map<String, Object> claims) {
        Jwt jwt = new Jwt("t", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), Map.of("alg", "none"), claims);
        return new JwtAuthenticationToken(jwt, java.util.List.of(), (String) claims.get("sub"));
    }
}
