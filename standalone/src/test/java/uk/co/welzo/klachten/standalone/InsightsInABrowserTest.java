package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #18's dashboard as an analyst uses it, on the whole embedded service in headless Chromium: the charts drawn
 * under the pages' CSP, a filter changed and the chart and table following it, a CSV download whose figures are the
 * JSON API's for the same filters, the current breaches one link away, none of the complainants' personal data on any page or in any CSV (R8.1), and an
 * agent refused. Screenshots under {@code target/screenshots/insights-*}.
 */
class InsightsInABrowserTest extends ServiceInABrowser {

    static final String NAME = "Zephyrine Quillfeather-Obst";
    static final String EMAIL = "z.quillfeather@example.org";
    static final String PHONE = "+44 20 7946 0577";
    static final String ADDRESS = "42 Marmalade Wharf, Leeds";
    static final String DESCRIPTION = "The oximeter glowed violet and sang when switched on";
    static final String ORDER = "ORD-77Q31";
    static final List<String> PERSONAL = List.of(NAME, "Zephyrine", "Quillfeather", EMAIL, PHONE, "7946 0577",
            ADDRESS, "Marmalade", DESCRIPTION, "glowed violet", ORDER);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("R6.2, R5.3, R2.1, R8.1: the analyst's dashboard draws its charts, follows a changed filter, downloads a "
            + "CSV with the API's figures, lists a breached acknowledgement one link away, shows no personal data "
            + "anywhere, and is refused to an agent")
    void anAnalystReadsTrendsWithoutPersonalData() throws Exception {
        lodge("PRODUCT_DEFECT", "WEB_FORM", "Pulse Oximeter");
        lodge("PRODUCT_DEFECT", "EMAIL", "pulse oximeter");
        lodge("BILLING_AND_PAYMENT", "PHONE", "=1+2 Nebuliser"); // a customer's text a spreadsheet would run
        // R2.1: a phone call taken ten days ago and recorded only now, not acknowledged: a breach of the 48 hours
        String late = lodge("SERVICE", "PHONE", "Inhaler", Instant.now().minus(Duration.ofDays(10)));
        awaitCounted(4);
        awaitBreaches(1);

        try (Browser browser = Browser.open(port, "insights")) {
            ConsoleInABrowserTest.signIn(browser, "analyst");
            browser.arriveAt("/insights"); // the analyst's start page
            browser.arriveAtHeading("Complaint insights");
            awaitDrawn(browser, "counts");
            assertThat(browser.find("#counts-table").getText()).contains("A faulty product", "Billing or a payment dispute");
            String byCategory = browser.find("#counts-chart").getAttribute("data-chart");
            List<String> pages = new ArrayList<>(List.of(browser.driver.getPageSource()));
            browser.check("dashboard");
            // the second panel's table is too wide to stand beside its chart: under it, its caption whole
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
                    browser.find("#response-times"));
            assertThat(browser.find("#response-times-caption").getSize().getWidth())
                    .isLessThanOrEqualTo(browser.find("#response-times .insights-table").getSize().getWidth());
            browser.check("dashboard-response-times");

            new Select(browser.find("#dimension")).selectByValue("PRODUCT");
            new Select(browser.find("#period")).selectByValue("DAY");
            browser.send("#insights-show");
            assertThat(browser.driver.getCurrentUrl()).contains("period=DAY", "dimension=PRODUCT"); // a view to share
            awaitDrawn(browser, "counts");
            String byProduct = browser.find("#counts-chart").getAttribute("data-chart");
            assertThat(byProduct).isNotEqualTo(byCategory).contains("Pulse Oximeter");
            String table = browser.find("#counts-table").getText();
            assertThat(table).contains("Pulse Oximeter", "=1+2 Nebuliser").doesNotContain("A faulty product");
            assertThat(browser.find("#recurring-products-table").getText()).contains("Pulse Oximeter");
            pages.add(browser.driver.getPageSource());
            browser.check("dashboard-by-product");

            Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
            String from = browser.find("#from").getAttribute("value");
            String to = browser.find("#to").getAttribute("value");
            HttpResponse<String> download = get(browser.find("#counts-csv").getAttribute("href"), session, null);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; filename=\"complaint-counts-product-day-" + from + "-to-" + to);
            sameFiguresAsTheApi(download.body(), from, to);

            List<String> csvs = new ArrayList<>();
            for (String id : List.of("counts", "response-times", "escalation-rate", "sla-compliance",
                    "recurring-products", "recurring-root-causes", "breaches")) {
                HttpResponse<String> csv = get(browser.find("#" + id + "-csv").getAttribute("href"), session, null);
                assertThat(csv.statusCode()).as(id).isEqualTo(200);
                csvs.add(csv.body());
            }
            assertThat(csvs.get(4)).contains("\"'=1+2 Nebuliser\"").doesNotContain("\"=1+2");
            sameBreachFiguresAsTheApi(csvs.get(6));

            browser.find("#breaches-list").click(); // the breaches themselves, one link from their counts
            browser.arriveAtHeading("Current breaches");
            assertThat(browser.driver.findElements(By.id("breaches-none"))).isEmpty();
            assertThat(browser.find("#breaches-table").getText()).contains(late, "Acknowledge (48 hours)");
            pages.add(browser.driver.getPageSource());
            browser.check("breach-list");

            browser.go("/insights?period=FORTNIGHT&from=2026-02-30");
            assertThat(browser.find("#insights-errors").getText()).contains("Choose day, week or month.",
                    "Enter a date like 2026-11-30.");
            pages.add(browser.driver.getPageSource());
            browser.check("bad-filter");

            for (String text : pages.stream().map(String::toLowerCase).toList()) {
                PERSONAL.forEach(personal -> assertThat(text).doesNotContain(personal.toLowerCase()));
            }
            for (String csv : csvs) {
                PERSONAL.forEach(personal -> assertThat(csv.toLowerCase()).doesNotContain(personal.toLowerCase()));
            }

            ConsoleInABrowserTest.signOut(browser);
            ConsoleInABrowserTest.signIn(browser, "agent");
            browser.arriveAt("/console");
            browser.go("/insights");
            assertThat(browser.find("h1").getText()).isEqualTo("You may not see this page"); // checked by axe in PagesInABrowserTest
            Cookie agent = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(get("http://localhost:" + port + "/insights/counts.csv", agent, null).statusCode()).isEqualTo(403);
            assertThat(get("http://localhost:" + port + "/insights/breaches", agent, null).statusCode()).isEqualTo(403);
        }
    }

    /** The CSV's period rows against the JSON API's buckets for the same filters: complaints and each product's count. */
    private void sameFiguresAsTheApi(String csv, String from, String to) throws IOException, InterruptedException {
        Instant start = LocalDate.parse(from).atStartOfDay(LONDON).toInstant();
        Instant end = LocalDate.parse(to).plusDays(1).atStartOfDay(LONDON).toInstant();
        JsonNode api = JSON.readTree(get("http://localhost:" + port + "/api/trends/counts?dimension=PRODUCT&period=DAY&from="
                + start + "&to=" + end, null, "analyst").body());
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        List<String> header = records.get(0).toList();
        assertThat(header.subList(0, 2)).containsExactly("Period", "All complaints");
        assertThat(records).hasSize(api.get("buckets").size() + 1);
        long counted = 0;
        for (int i = 0; i < api.get("buckets").size(); i++) {
            JsonNode bucket = api.get("buckets").get(i);
            List<String> row = records.get(i + 1).toList();
            assertThat(row.get(0)).isEqualTo(bucket.get("period").asText());
            assertThat(Long.parseLong(row.get(1))).isEqualTo(bucket.get("complaints").asLong());
            Map<String, Long> byLabel = new HashMap<>();
            bucket.get("counts").forEach(count -> byLabel.put(count.get("label").asText(), count.get("count").asLong()));
            for (int column = 2; column < header.size(); column++) {
                String label = header.get(column).replaceFirst("^'", ""); // a neutralised formula, as typed
                assertThat(Long.parseLong(row.get(column))).as("%s on %s", label, row.get(0))
                        .isEqualTo(byLabel.getOrDefault(label, 0L));
            }
            counted += Long.parseLong(row.get(1));
        }
        assertThat(counted).isEqualTo(4);
    }

    /** The breaches' CSV, counts per obligation, against {@code /api/sla/breaches/counts}: the same total. */
    private void sameBreachFiguresAsTheApi(String csv) throws IOException, InterruptedException {
        JsonNode api = JSON.readTree(get("http://localhost:" + port + "/api/sla/breaches/counts", null, "analyst").body());
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Obligation", "Breaches");
        assertThat(records).hasSize(api.get("kinds").size() + 1);
        assertThat(records.stream().skip(1).mapToLong(row -> Long.parseLong(row.get(1))).sum())
                .isEqualTo(api.get("total").asLong()).isEqualTo(1);
    }

    private void lodge(String category, String channel, String product) throws IOException, InterruptedException {
        lodge(category, channel, product, null);
    }

    /** Lodges a complaint received at {@code receivedAt} (now when null) and answers its reference. */
    private String lodge(String category, String channel, String product, Instant receivedAt)
            throws IOException, InterruptedException {
        String body = """
                {"complaintId":"%s","channel":"%s","category":"%s","product":%s,"orderNumber":"%s",
                 "complainant":{"name":"%s","email":"%s","phone":"%s","postalAddress":"%s"},"description":"%s"%s}"""
                .formatted(UUID.randomUUID(), channel, category, JSON.writeValueAsString(product), ORDER, NAME, EMAIL,
                        PHONE, ADDRESS, DESCRIPTION, receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/complaints")).header("Authorization", basic("intake"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isLessThan(300);
        return JSON.readTree(answer.body()).get("reference").asText();
    }

    /** The SLA read model follows the commands a moment later too. */
    private void awaitBreaches(long breaches) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (JSON.readTree(get("http://localhost:" + port + "/api/sla/breaches/counts", null, "analyst").body())
                .get("total").asLong() < breaches) {
            assertThat(Instant.now()).as("%d breaches counted", breaches).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    /** The trends read model follows the commands a moment later. */
    private void awaitCounted(long complaints) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (true) {
            JsonNode counts = JSON.readTree(get("http://localhost:" + port + "/api/trends/counts", null, "analyst").body());
            long seen = 0;
            for (JsonNode bucket : counts.get("buckets")) {
                seen += bucket.get("complaints").asLong();
            }
            if (seen >= complaints) {
                return;
            }
            assertThat(Instant.now()).as("%d complaints counted", complaints).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    private static void awaitDrawn(Browser browser, String id) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(driver ->
                !driver.findElements(By.cssSelector("#" + id + "-chart[data-drawn=true] canvas")).isEmpty());
    }

    private HttpResponse<String> get(String url, Cookie session, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", session.getName() + "=" + session.getValue());
        }
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
