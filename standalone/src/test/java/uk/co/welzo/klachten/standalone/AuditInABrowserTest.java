package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #18's auditor pages as an auditor uses them, on the whole embedded service in headless Chromium, a screenshot
 * and an axe-core check of every page ({@code target/screenshots/audit-*}). The complaint is driven through the API.
 */
class AuditInABrowserTest extends ServiceInABrowser {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("#18: an auditor finds a complaint, sees its history with the chain intact, moves the as-at instant "
            + "back to before its resolution and sees it under investigation, reads a deadline's explanation, the "
            + "returns and their own visit in the access log; an agent is refused")
    void anAuditorReadsTheRecordAndTheirReadIsLogged() throws InterruptedException {
        String id = "audit-browser-" + UUID.randomUUID().toString().substring(0, 8);
        String c = "/api/complaints/" + id;
        String lodged = api("POST", "/api/complaints", "intake", """
                {"complaintId":"%s","channel":"PHONE","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The monitor arrived broken","product":"BP monitor"}""".formatted(id));
        Matcher found = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(lodged);
        assertThat(found.find()).as(lodged).isTrue();
        String reference = found.group(1);
        api("POST", c + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        api("PUT", c + "/handler", "agent", "{\"handler\":\"agent\"}");
        Thread.sleep(1_100);
        Instant beforeResolution = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        String told = "findings-" + UUID.randomUUID();
        api("POST", c + "/communications", "agent", """
                {"communicationId":"%s","channel":"PHONE","direction":"OUTBOUND",
                 "summary":"Told the customer the findings and the proposed resolution"}""".formatted(told));
        api("POST", c + "/resolution", "agent", """
                {"outcome":"UPHELD","remedy":"A new monitor","rootCause":"packaging","customerSignposted":false,
                 "findingsCommunicationId":"%s"}""".formatted(told));

        try (Browser browser = Browser.open(port, "audit")) {
            ConsoleInABrowserTest.signIn(browser, "auditor");
            browser.arriveAtHeading("Audit");
            browser.check("start");

            browser.type("q", reference);
            browser.send("#find");
            browser.arriveAt("/audit/cases/" + id);
            assertThat(browser.find("#chain-intact").getText()).isEqualTo("Intact");
            assertThat(browser.find("#timeline").getText()).contains("By", "agent", "Happened", "Recorded");
            assertThat(browser.driver.findElements(By.cssSelector("#timeline > li"))).hasSizeGreaterThanOrEqualTo(5);
            browser.check("history");

            String back = LocalDateTime.ofInstant(beforeResolution, LONDON).toString();
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('at').value = arguments[0]", back);
            browser.send("#show-as-at");
            assertThat(browser.driver.getCurrentUrl()).contains("/as-at?at=", "basis=RECORDED");
            assertThat(browser.find("#as-at-status").getText()).isEqualTo("Under investigation");
            browser.check("as-at-before");

            browser.go("/audit/cases/" + id + "/as-at");
            assertThat(browser.find("#as-at-status").getText()).isEqualTo("Resolved at stage 1");

            browser.go("/audit/cases/" + id);
            browser.driver.findElement(By.cssSelector("#deadlines a[href*='STAGE_ONE_RESOLUTION']")).click();
            browser.arriveAt("/deadlines/STAGE_ONE_RESOLUTION");
            assertThat(browser.find("#verdict").getText()).isEqualTo("Met");
            assertThat(browser.find("#how-set").getText()).contains("ComplaintAcknowledged");
            browser.check("deadline");

            browser.find("#nav-returns").click();
            browser.arriveAtHeading("Returns");
            assertThat(Integer.parseInt(browser.find("#returns-received").getText())).isGreaterThanOrEqualTo(1);
            browser.check("returns");

            browser.go("/audit/access-log?complaint=" + id);
            new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("access-log")).isDisplayed());
            assertThat(browser.find("#access-log").getText()).contains("auditor", "GET /audit/cases/{complaintId}",
                    "GET /audit/cases/{complaintId}/as-at", "GET /audit/cases/{complaintId}/deadlines/{kind}");
            browser.check("access-log");

            ConsoleInABrowserTest.signOut(browser);
            ConsoleInABrowserTest.signIn(browser, "agent");
            browser.arriveAt("/console");
            browser.go("/audit/cases/" + id);
            browser.arriveAtHeading("You may not see this page");
            browser.check("refused");
        }
    }

    private String api(String method, String path, String user, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
