package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #18's operators' pages as an administrator uses them, against the whole embedded service (the pages reach the
 * query side's processors over the query bus): screenshots and axe-core checks in {@code target/screenshots/admin-*}.
 */
class AdminInABrowserTest extends ServiceInABrowser {

    @Test
    @DisplayName("#18: an administrator signs in to the processors page, asks for a replay of the cases read model, is "
            + "made to type its name, watches its progress reach 100 % without a reload, and finds the complaints "
            + "again; the dead letters page says there are none; a poll after the session ended says so; an agent is refused")
    void anAdministratorReplaysOneReadModel() {
        RunningService api = RunningService.at(port);
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = "admin-" + UUID.randomUUID();
            api.command("POST", "/api/complaints", "intake", lodge(last));
        }
        String lodged = last;
        api.awaitView("/api/complaints/" + lodged, "agent", view -> view.path("complaintId").asText().equals(lodged));

        try (Browser browser = Browser.open(port, "admin")) {
            ConsoleInABrowserTest.signIn(browser, "admin");
            browser.arriveAtHeading("Processors and replays"); // the administrator's start page
            assertThat(browser.find("tr[data-group=cases]").getText()).contains("Running", "100 %");
            browser.check("processors");

            browser.find("#replay-cases").click();
            browser.arriveAtHeading("Replay the read model cases?");
            browser.check("confirm-replay");

            browser.type("confirmation", "case");
            browser.send("#start-replay");
            assertThat(browser.find("#confirmation-error").getText()).contains("Type cases exactly as shown");
            browser.check("confirm-replay-mistyped");

            browser.type("confirmation", "cases");
            browser.send("#start-replay");
            browser.arriveAtHeading("Processors and replays");
            assertThat(browser.find("#flash").getText()).contains("The replay of cases has started");
            ((JavascriptExecutor) browser.driver).executeScript("window.__noReload = true");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> {
                String row = driver.findElement(By.cssSelector("tr[data-group=cases]")).getText();
                return row.contains("Running") && row.contains("100 %") && row.contains("Replay cases");
            });
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.__noReload")).isEqualTo(true);
            browser.check("processors-replayed");
            api.awaitView("/api/complaints/" + lodged, "agent", view -> view.path("complaintId").asText().equals(lodged));

            browser.find("#nav-dead-letters").click();
            browser.arriveAtHeading("Dead letters");
            assertThat(browser.find("#no-dead-letters").getText()).contains("No dead letters");
            browser.check("dead-letters");

            browser.find("#nav-processors").click();
            browser.arriveAtHeading("Processors and replays");
            browser.driver.manage().deleteCookieNamed("JSESSIONID"); // the session ends, as after a timeout
            new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                    .until(driver -> driver.findElement(By.id("processors-lost")).isDisplayed());
            assertThat(browser.driver.findElements(By.id("processors"))).isEmpty(); // no sign-in form swapped in
            assertThat(browser.find("#processors-lost").getText()).contains("your session has ended");

            ConsoleInABrowserTest.signIn(browser, "agent"); // lands on /admin, the poll's saved request: refused
            browser.go("/admin");
            assertThat(browser.find("h1").getText()).isEqualTo("You may not see this page");
            browser.check("refused");
        }
    }

    private static String lodge(String id) {
        return """
                {"complaintId":"%s","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The monitor arrived broken"}""".formatted(id);
    }
}
