package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R8.1: a case view holds personal data, so only staff who handle complaints read it; every
 * other role gets 403 and nobody anonymous gets in. Also: the API is documented for anyone.
 */
class QueryRoleMatrixTest {

    static final Map<String, String> USERS = Map.of(
            "intake", "INTAKE", "agent", "AGENT", "head", "HEAD_OF_CUSTOMER_SERVICE", "manager", "DEPARTMENT_MANAGER",
            "analyst", "ANALYST", "auditor", "AUDITOR", "admin", "ADMIN", "dpo", "DATA_PROTECTION_OFFICER");
    static final Set<String> CASE_READERS = Set.of("AGENT", "HEAD_OF_CUSTOMER_SERVICE", "DEPARTMENT_MANAGER");

    @TempDir
    static Path dataDir;
    static RunningService service;
    static String reference;

    @BeforeAll
    static void lodgeOne() {
        service = RunningService.start(dataDir);
        reference = service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"matrix-1","channel":"WEB_FORM","category":"BILLING_AND_PAYMENT",
                 "complainant":{"name":"Cat Example"},"description":"Charged twice"}""").body().get("reference").asText();
        service.awaitView("/api/complaints/matrix-1", "agent", view -> true);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("R8.1 case views by id and by reference: staff 200, other roles 403, anonymous 401")
    void caseViewRoleMatrix() {
        for (String path : new String[] {"/api/complaints/matrix-1", "/api/complaint-references/" + reference,
                "/api/complaints/by-reference/" + reference}) {
            for (var user : USERS.entrySet()) {
                int status = service.send("GET", path, user.getKey(), null).status();
                assertThat(status).as("%s as %s", path, user.getValue())
                        .isEqualTo(CASE_READERS.contains(user.getValue()) ? 200 : 403);
            }
            assertThat(service.send("GET", path, null, null).status()).as("%s anonymous", path).isEqualTo(401);
        }
    }

    @Test
    @DisplayName("the work queue: staff 200, other roles 403, anonymous 401")
    void queueRoleMatrix() {
        assertMatrix("/api/queue", CASE_READERS);
    }

    @Test
    @DisplayName("R8.1 SLA clocks hold no personal data: staff and analysts 200, other roles 403, anonymous 401")
    void slaRoleMatrix() {
        service.awaitView("/api/complaints/matrix-1/sla", "agent", view -> true);
        Set<String> readers = new java.util.HashSet<>(CASE_READERS);
        readers.add("ANALYST");
        assertMatrix("/api/complaints/matrix-1/sla", readers);
        String body = service.send("GET", "/api/complaints/matrix-1/sla", "analyst", null).body().toString();
        assertThat(body).doesNotContain("Cat Example").doesNotContain("Charged twice");
    }

    private static void assertMatrix(String path, Set<String> allowed) {
        for (var user : USERS.entrySet()) {
            int status = service.send("GET", path, user.getKey(), null).status();
            assertThat(status).as("%s as %s", path, user.getValue()).isEqualTo(allowed.contains(user.getValue()) ? 200 : 403);
        }
        assertThat(service.send("GET", path, null, null).status()).as("%s anonymous", path).isEqualTo(401);
    }

    @Test
    @DisplayName("an unknown complaint is a 404 problem for staff")
    void unknownComplaintIsNotFound() {
        RunningService.Answer answer = service.send("GET", "/api/complaints/no-such-complaint", "agent", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("code").asText()).isEqualTo("COMPLAINT_NOT_FOUND");
    }

    @Test
    @DisplayName("R2.2 a mistyped reference is a 400 and is never looked up")
    void mistypedReferenceIsBadRequest() {
        String mistyped = (reference.charAt(0) == 'A' ? 'B' : 'A') + reference.substring(1);
        RunningService.Answer answer = service.send("GET", "/api/complaints/by-reference/" + mistyped, "agent", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("code").asText()).isEqualTo("INVALID_REFERENCE_NUMBER");
    }

    @Test
    @DisplayName("the OpenAPI document lists the command and query endpoints, readable without signing in")
    void apiIsDocumented() {
        RunningService.Answer docs = service.send("GET", "/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/complaints")).isTrue();
        assertThat(docs.body().path("paths").has("/api/complaints/{complaintId}/escalation")).isTrue();
        assertThat(docs.body().path("paths").has("/api/complaint-references/{reference}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/complaints/by-reference/{reference}")).isFalse();
    }
}
