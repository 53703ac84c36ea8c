package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations (replays, dead letters) are for administrators only: every other role gets 403 and
 * nobody anonymous gets in. The endpoints are documented in the OpenAPI document.
 */
class AdminRoleMatrixTest {

    record Endpoint(String method, String path, String body, int adminStatus) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/admin/dead-letters", null, 200),
            new Endpoint("POST", "/api/admin/dead-letters/cases/retry", null, 200),
            new Endpoint("POST", "/api/admin/dead-letters/cases/retry?sequenceId=nobody", null, 404),
            new Endpoint("DELETE", "/api/admin/dead-letters/cases/sequences/nobody", null, 404),
            new Endpoint("GET", "/api/admin/replays", null, 200),
            new Endpoint("POST", "/api/admin/replays", "{\"group\":\"queue\"}", 202));

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(dataDir);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("every operations endpoint: admin allowed, every other role 403, anonymous 401")
    void operationsRoleMatrix() {
        for (Endpoint endpoint : ENDPOINTS) {
            for (var user : QueryRoleMatrixTest.USERS.entrySet()) {
                if (user.getValue().equals("ADMIN")) {
                    continue;
                }
                assertThat(service.send(endpoint.method(), endpoint.path(), user.getKey(), endpoint.body()).status())
                        .as("%s %s as %s", endpoint.method(), endpoint.path(), user.getValue()).isEqualTo(403);
            }
            assertThat(service.send(endpoint.method(), endpoint.path(), null, endpoint.body()).status())
                    .as("%s %s anonymous", endpoint.method(), endpoint.path()).isEqualTo(401);
            assertThat(service.send(endpoint.method(), endpoint.path(), "admin", endpoint.body()).status())
                    .as("%s %s as ADMIN", endpoint.method(), endpoint.path()).isEqualTo(endpoint.adminStatus());
        }
    }

    @Test
    @DisplayName("the operations endpoints are in the OpenAPI document")
    void operationsAreDocumented() {
        RunningService.Answer docs = service.send("GET", "/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/admin/dead-letters")).isTrue();
        assertThat(docs.body().path("paths").has("/api/admin/dead-letters/{group}/retry")).isTrue();
        assertThat(docs.body().path("paths").has("/api/admin/dead-letters/{group}/sequences/{sequenceId}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/admin/replays")).isTrue();
    }
}
