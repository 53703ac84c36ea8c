package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #14's pages as a person uses them: the whole embedded service on a random port, driven by headless
 * Chromium. Every page visited is saved under {@code target/screenshots/} and checked with axe-core.
 */
class PagesInABrowserTest extends ServiceInABrowser {

    @Test
    @DisplayName("R1, R2.2: a customer lodges on the public form, is given a reference, and staff find the complaint by it")
    void customerLodgesOnThePublicForm() {
        try (Browser browser = Browser.open(port, "lodge")) {
            browser.go("/complaint");
            browser.check("form");
            fillIn(browser, "The blood pressure monitor arrived with a cracked screen.");
            browser.find("button[type=submit]").click();

            browser.arriveAt("/confirmation");
            assertThat(browser.driver.getCurrentUrl()).matches(".*/complaint/[0-9a-f-]{36}/confirmation");
            String reference = browser.find("#reference").getText();
            assertThat(reference).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");
            assertThat(browser.find("main").getText()).contains("48 hours", "10 working days");
            browser.check("confirmation");

            browser.driver.navigate().refresh(); // a reload shows the confirmation again and lodges nothing
            assertThat(browser.find("#reference").getText()).isEqualTo(reference);

            JsonNode view = RunningService.at(port).awaitView("/api/complaint-references/" + reference, "agent", v -> true);
            assertThat(view.path("channel").asText()).isEqualTo("WEB_FORM");
            assertThat(view.path("category").asText()).isEqualTo("PRODUCT_DEFECT");
        }
    }

    @Test
    @DisplayName("R1: a mistake is shown at its field, with a summary that links to it, and what was typed stays")
    void mistakeShownAtItsField() {
        try (Browser browser = Browser.open(port, "validation")) {
            browser.go("/complaint");
            fillIn(browser, "The parcel never came.");
            browser.type("email", "ann.example.org"); // the browser's own check stops this; switched off, the server's
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('form.complaint-form').noValidate = true");
            browser.send("button[type=submit]");

            assertThat(browser.find("#email-error").getText()).contains("right form");
            assertThat(browser.find("#email").getAttribute("aria-describedby")).contains("email-error");
            assertThat(browser.find(".error-summary a[href='#email']").getText()).contains("right form");
            assertThat(browser.find("#description").getAttribute("value")).isEqualTo("The parcel never came.");
            browser.check("field-error");
        }
    }

    @Test
    @DisplayName("R8: a description holding a script is kept as text and never runs")
    void scriptInTheDescriptionIsText() {
        String attack = "<script>alert('xss')</script><img src=x onerror=alert('xss')>";
        try (Browser browser = Browser.open(port, "xss")) {
            browser.go("/complaint");
            fillIn(browser, attack);
            browser.type("name", ""); // a mistake elsewhere, so the page shows the description back
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('form.complaint-form').noValidate = true");
            browser.send("button[type=submit]");
            assertThat(browser.find("#description").getAttribute("value")).isEqualTo(attack);
            assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            browser.check("echoed");

            browser.type("name", "Mallory Example");
            browser.find("button[type=submit]").click();
            browser.arriveAt("/confirmation");
            String reference = browser.find("#reference").getText();
            assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            browser.check("confirmation");
            JsonNode view = RunningService.at(port).awaitView("/api/complaint-references/" + reference, "agent", v -> true);
            assertThat(view.path("description").asText()).startsWith(attack);
        }
    }

    @Test
    @DisplayName("An agent signs in, reaches the console and signs out; an analyst and an anonymous visitor are refused"
            + " the console, the analyst starts at the insights, a role without screens is told so")
    void signInReachTheConsoleSignOut() {
        try (Browser browser = Browser.open(port, "sign-in")) {
            browser.go("/console");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
            browser.check("sign-in");

            signIn(browser, "agent", "demo");
            browser.arriveAt("/console"); // back where they were going
            assertThat(browser.find("#who").getText()).contains("agent", "Customer-service agent");
            browser.check("console");

            browser.find("#sign-out").click();
            browser.arriveAt("/sign-in");
            assertThat(browser.find("main").getText()).contains("You are signed out");
            browser.check("signed-out");
            browser.go("/console");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");

            signIn(browser, "agent", "wrong");
            browser.arriveAt("failed");
            assertThat(browser.find("main").getText()).contains("do not match");
            browser.check("sign-in-failed");

            signIn(browser, "analyst", "demo"); // was on the way to the console, which is not for analysts
            browser.arriveAtHeading("You may not see this page");
            browser.check("refused");
            browser.go("/");
            browser.arriveAtHeading("Complaint insights"); // the analyst's own start page

            browser.find("#sign-out").click();
            browser.arriveAt("/sign-in");
            signIn(browser, "intake", "demo"); // an API client's role: no screens
            browser.go("/");
            browser.arriveAtHeading("Signed in");
            browser.check("no-screens");
        }
    }

    private static void signIn(Browser browser, String user, String password) {
        browser.go("/sign-in");
        browser.type("username", user);
        browser.type("password", password);
        browser.send("main button[type=submit]");
    }

    private static void fillIn(Browser browser, String description) {
        browser.type("name", "Ann Example");
        browser.type("email", "ann@example.org");
        browser.find("#contactBy1").click();
        browser.type("orderNumber", "WZ-100234");
        browser.type("product", "Blood pressure monitor");
        new Select(browser.find("#category")).selectByValue("PRODUCT_DEFECT");
        browser.type("description", description);
    }
}
