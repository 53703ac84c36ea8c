package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R6.2 and R8.1 on the running embedded service: complaints lodged, acknowledged, resolved and escalated over HTTP
 * show up in every trends endpoint, which only analysts, the head and admins may read, and whose answers hold none
 * of the complainants' personal data or free text.
 */
class TrendsEndToEndTest {

    static final String NAME = "Xanthippe Vulpecula-Harrow";
    static final String EMAIL = "x.vulpecula-harrow@example.org";
    static final String PHONE = "+44 20 7946 0991";
    static final String ADDRESS = "17 Quintessence Mews, London";
    static final String DESCRIPTION = "Quasar-shaped bruise after the cuff overinflated";
    // the phone number's parts as written, never a bare "7946": the answers echo instants with nanoseconds, which may hold it
    static final List<String> PERSONAL = List.of(NAME, "Xanthippe", "Vulpecula", EMAIL, PHONE, "7946 0991", ADDRESS,
            "Quintessence", DESCRIPTION, "Quasar", "ORD-4455", "refund to Xanthippe", "Xanthippe disagrees");
    static final Set<String> TREND_READERS = Set.of("ANALYST", "HEAD_OF_CUSTOMER_SERVICE", "ADMIN");

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void handleThreeComplaints() {
        // staff acknowledge by hand here, at the moments the trends count from: no automatic acknowledgement (R2)
        service = RunningService.start(dataDir, "--klachten.acknowledgement.automatic=false");
        Instant tenHoursAgo = Instant.now().minus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
        lodge("trends-e2e-1", "WEB_FORM", "PRODUCT_DEFECT", "BP Monitor", tenHoursAgo);
        lodge("trends-e2e-2", "EMAIL", "SERVICE", "  bp   monitor ", tenHoursAgo);
        lodge("trends-e2e-3", "PHONE", "BILLING_AND_PAYMENT", null, tenHoursAgo);

        for (String id : List.of("trends-e2e-1", "trends-e2e-2")) {
            service.command("POST", "/api/complaints/" + id + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
            service.command("POST", "/api/complaints/" + id + "/notes", "agent",
                    "{\"note\":\"Called " + NAME + " on " + PHONE + "\"}");
        }
        service.command("POST", "/api/complaints/trends-e2e-1/department-requests", "agent", """
                {"inquiryId":"wh-1","department":"WAREHOUSE_MANAGEMENT","question":"Did %s's parcel leave intact?"}"""
                .formatted(NAME));
        service.command("POST", "/api/complaints/trends-e2e-1/department-requests/wh-1/answer", "agent",
                "{\"answer\":\"Packed for " + NAME + " without padding\"}");
        service.command("PUT", "/api/complaints/trends-e2e-2/category", "agent",
                "{\"category\":\"PRODUCT_DEFECT\",\"reason\":\"" + NAME + " means the device\"}");
        for (String id : List.of("trends-e2e-1", "trends-e2e-2")) {
            service.resolve("/api/complaints/" + id, "agent", """
                    {"outcome":"PARTLY_UPHELD","remedy":"A refund to Xanthippe","rootCause":" Packaging ","customerSignposted":false}""");
        }
        service.command("POST", "/api/complaints/trends-e2e-1/escalation", "agent", "{\"reason\":\"Xanthippe disagrees\"}");
    }

    private static void lodge(String id, String channel, String category, String product, Instant receivedAt) {
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"%s","channel":"%s","category":"%s","product":%s,"receivedAt":"%s","orderNumber":"ORD-4455",
                 "complainant":{"name":"%s","email":"%s","phone":"%s","postalAddress":"%s"},"description":"%s"}"""
                .formatted(id, channel, category, product == null ? "null" : "\"" + product + "\"", receivedAt,
                        NAME, EMAIL, PHONE, ADDRESS, DESCRIPTION));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("R6.2 every trends endpoint shows the complaints; R8.1 no answer to an analyst holds personal data")
    void analystsSeeTrendsWithoutPersonalData() {
        List<String> bodies = new ArrayList<>();

        JsonNode byCategory = await("/api/trends/counts?dimension=CATEGORY&period=DAY",
                view -> total(view, "PRODUCT_DEFECT") == 2, bodies);
        assertThat(sum(byCategory.path("buckets"), "complaints")).isEqualTo(3);
        assertThat(total(byCategory, "SERVICE")).as("recategorised away").isZero();
        assertThat(total(byCategory, "BILLING_AND_PAYMENT")).isEqualTo(1);

        JsonNode byProduct = await("/api/trends/counts?dimension=PRODUCT&period=MONTH",
                view -> total(view, "bp monitor") == 2, bodies);
        assertThat(label(byProduct, "bp monitor")).isEqualTo("BP Monitor");
        await("/api/trends/counts?dimension=DEPARTMENT&period=WEEK", view -> total(view, "WAREHOUSE_MANAGEMENT") == 1, bodies);
        await("/api/trends/counts?dimension=ROOT_CAUSE", view -> total(view, "packaging") == 2, bodies);
        await("/api/trends/counts?dimension=OUTCOME", view -> total(view, "PARTLY_UPHELD") == 2, bodies);
        await("/api/trends/counts?dimension=CHANNEL", view -> total(view, "PHONE") == 1, bodies);

        JsonNode times = await("/api/trends/response-times",
                view -> category(view, "PRODUCT_DEFECT").path("resolved").asLong() == 2, bodies);
        JsonNode productDefect = category(times, "PRODUCT_DEFECT");
        assertThat(productDefect.path("acknowledged").asLong()).isEqualTo(2);
        assertThat(category(times, "BILLING_AND_PAYMENT").path("acknowledged").asLong()).isZero();
        assertThat(productDefect.path("medianHoursToAcknowledge").asDouble()).isBetween(9.9, 11.0);
        assertThat(productDefect.path("p90HoursToResolve").asDouble()).isBetween(9.9, 11.0);

        JsonNode escalation = await("/api/trends/escalation-rate?period=DAY",
                view -> view.path("escalated").asLong() == 1, bodies);
        assertThat(escalation.path("resolvedAtStageOne").asLong()).isEqualTo(2);
        assertThat(escalation.path("rate").asDouble()).isEqualTo(0.5);

        JsonNode products = await("/api/trends/recurring?dimension=PRODUCT&window=P7D&top=5",
                view -> view.path("items").size() == 1, bodies);
        assertThat(products.path("items").get(0).path("key").asText()).isEqualTo("bp monitor");
        assertThat(products.path("items").get(0).path("count").asLong()).isEqualTo(2);
        assertThat(products.path("items").get(0).path("change").asLong()).isEqualTo(2);
        await("/api/trends/recurring?dimension=ROOT_CAUSE", view -> view.path("items").size() == 1
                && "Packaging".equals(view.path("items").get(0).path("label").asText()), bodies);

        assertThat(bodies).hasSize(10).allSatisfy(body -> assertThat(body).doesNotContain(PERSONAL));
    }

    @Test
    @DisplayName("R8.1 trends: analysts, the head and admins 200; intake, agents, managers and auditors 403; anonymous 401")
    void trendsRoleMatrix() {
        Map<String, String> users = Map.of("intake", "INTAKE", "agent", "AGENT", "head", "HEAD_OF_CUSTOMER_SERVICE",
                "manager", "DEPARTMENT_MANAGER", "analyst", "ANALYST", "auditor", "AUDITOR", "admin", "ADMIN");
        for (String path : List.of("/api/trends/counts", "/api/trends/response-times", "/api/trends/escalation-rate",
                "/api/trends/recurring")) {
            for (var user : users.entrySet()) {
                assertThat(service.send("GET", path, user.getKey(), null).status()).as("%s as %s", path, user.getValue())
                        .isEqualTo(TREND_READERS.contains(user.getValue()) ? 200 : 403);
            }
            assertThat(service.send("GET", path, null, null).status()).as("%s anonymous", path).isEqualTo(401);
        }
    }

    private static JsonNode await(String path, Predicate<JsonNode> condition, List<String> bodies) {
        JsonNode view = service.awaitView(path, "analyst", condition);
        bodies.add(view.toString());
        return view;
    }

    /** How many complaints had this key, over all buckets. */
    private static long total(JsonNode countsView, String key) {
        return nodes(countsView.path("buckets")).stream().flatMap(bucket -> nodes(bucket.path("counts")).stream())
                .filter(count -> key.equals(count.path("key").asText())).mapToLong(count -> count.path("count").asLong()).sum();
    }

    private static JsonNode category(JsonNode responseTimes, String category) {
        return nodes(responseTimes.path("categories")).stream()
                .filter(times -> category.equals(times.path("category").asText())).findFirst()
                .orElse(MissingNode.getInstance());
    }

    private static String label(JsonNode countsView, String key) {
        return nodes(countsView.path("buckets")).stream().flatMap(bucket -> nodes(bucket.path("counts")).stream())
                .filter(count -> key.equals(count.path("key").asText())).findFirst().orElseThrow().path("label").asText();
    }

    private static long sum(JsonNode array, String field) {
        return nodes(array).stream().mapToLong(node -> node.path(field).asLong()).sum();
    }

    private static List<JsonNode> nodes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
