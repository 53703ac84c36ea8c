package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #14's staff console as an agent uses it: the whole embedded service on a random port, headless Chromium,
 * a screenshot and an axe-core check of every page visited ({@code target/screenshots/console-*}).
 */
class ConsoleInABrowserTest extends ServiceInABrowser {

    @Test
    @DisplayName("R2, R3: the public form lodges and shows a reference, and the complaint appears in an agent's open "
            + "queue page without a reload; the agent acknowledges, asks the warehouse, records the answer and a call, "
            + "resolves; a mistake at its field, a script kept as text, found again by phone")
    void agentTakesAComplaintThroughStageOne() {
        try (Browser browser = Browser.open(port, "console")) {
            String reference = lodgedWhileTheAgentWatchesTheQueue(browser);

            browser.driver.findElement(By.linkText(reference)).click();
            browser.arriveAtHeading("Complaint " + reference);
            assertThat(browser.find("#complainant").getText()).contains("Ann Example", "020 7946 0000");
            browser.check("case-received");

            new Select(browser.find("#acknowledge-channel")).selectByValue("EMAIL");
            submit(browser, "acknowledge");
            assertThat(browser.find("#flash").getText()).contains("acknowledged");
            awaitForm(browser, "ask-department");
            browser.check("case-acknowledged");

            new Select(browser.find("#ask-department-department")).selectByValue("WAREHOUSE_MANAGEMENT");
            browser.type("ask-department-question", "Was the monitor packed with its foam insert?");
            submit(browser, "ask-department");
            awaitForm(browser, "record-answer");
            reloadUntil(browser, "#inquiries", "working days left"); // the SLA clocks follow a moment later
            assertThat(browser.find("#inquiries").getText()).contains("Warehouse management", "foam insert");
            browser.check("case-asked");

            browser.type("record-answer-answer", "No: the insert was missing from that batch.");
            submit(browser, "record-answer");
            reloadUntil(browser, "#inquiries", "Answer: No: the insert was missing");

            new Select(browser.find("#communicate-channel")).selectByValue("PHONE");
            new Select(browser.find("#communicate-direction")).selectByValue("OUTBOUND");
            browser.type("communicate-summary", "Called Ann: a replacement is on its way.");
            submit(browser, "communicate");
            reloadUntil(browser, "#timeline", "a replacement is on its way");

            String attack = "<script>alert('note')</script><img src=x onerror=alert('note')>";
            browser.type("note-note", attack);
            submit(browser, "note");
            reloadUntil(browser, "#timeline", attack);
            assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            browser.check("case-timeline");

            new Select(browser.find("#resolve-outcome")).selectByValue("UPHELD");
            browser.type("resolve-rootCause", "Packing: foam insert missing");
            browser.tellFindings("PHONE", "Called the customer: the foam insert was missing; a new monitor and a refund");
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('resolve').noValidate = true"); // the server's check, not the browser's
            submit(browser, "resolve");
            assertThat(browser.find("#resolve-remedy-error").getText()).contains("Enter this");
            assertThat(browser.find("#resolve-remedy").getAttribute("aria-describedby")).isEqualTo("resolve-remedy-error");
            assertThat(browser.find("#resolve-rootCause").getAttribute("value")).isEqualTo("Packing: foam insert missing");
            browser.check("case-field-error");

            browser.type("resolve-remedy", "A new monitor, sent today, and a refund of the delivery charge.");
            submit(browser, "resolve");
            reloadUntil(browser, "#status", "Resolved at stage 1");
            assertThat(browser.find("#resolution").getText()).contains("Upheld", "A new monitor");
            browser.check("case-resolved");

            browser.go("/console/search");
            browser.type("text", "+44 20 7946 0000");
            browser.send("main button[type=submit]");
            reloadUntil(browser, "#hits", reference); // no reload needed: the search read model caught up long ago
            assertThat(browser.driver.getCurrentUrl()).endsWith("/console/search"); // nothing typed in the URL
            browser.check("search");
        }
    }

    @Test
    @DisplayName("#14: two agents on one case: the second one's step, sent against the page before the first one's "
            + "note, is refused with what changed and what was typed kept, never a lost update; sent again, it applies")
    void aSecondAgentActingOnAChangedCaseIsToldWhatChanged() {
        try (Browser first = Browser.open(port, "conflict-agent"); Browser second = Browser.open(port, "conflict-agent2")) {
            acknowledgedAsAgent(first);
            String casePage = casePath(first);

            signIn(second, "agent2");
            second.arriveAt("/console");
            second.go(casePage);
            awaitForm(second, "ask-department"); // the acknowledgement shown: the page carries that version
            second.type("assign-handler", "dave.smith");

            first.type("note-note", "Called Ann: she still has the box.");
            submit(first, "note");
            reloadUntil(first, "#timeline", "she still has the box");

            submit(second, "assign");
            assertThat(second.find("#changed").getText()).contains("This case changed while you were working on it",
                    "she still has the box", "agent");
            assertThat(second.find("#assign-handler").getAttribute("value")).isEqualTo("dave.smith");
            assertThat(second.find("#handler").getText()).doesNotContain("dave.smith"); // nothing was recorded
            second.check("case-changed");

            submit(second, "assign"); // the page now carries the version it shows: sent again, it applies
            assertThat(second.find("#flash").getText()).contains("assigned");
            reloadUntil(second, "#handler", "dave.smith");
            assertThat(second.find("#timeline").getText()).contains("she still has the box");
            second.check("case-assigned");
        }
    }

    @Test
    @DisplayName("R4: resolved at stage 1, escalated by the agent (R4.1), forwarded by the head to the manager chosen "
            + "from the list (R4.2), listed in that manager's department view, "
            + "resolved at stage 2 by the manager, refused without signposting and done with it (R4.5), closed")
    void aComplaintGoesThroughStageTwo() {
        try (Browser browser = Browser.open(port, "procedure")) {
            String reference = acknowledgedAsAgent(browser);
            String casePage = casePath(browser);
            new Select(browser.find("#resolve-outcome")).selectByValue("NOT_UPHELD");
            browser.type("resolve-remedy", "None: the screen was cracked after delivery, as the courier's photo shows.");
            browser.type("resolve-rootCause", "Damage after delivery");
            browser.tellFindings("EMAIL", "E-mailed the customer the courier's photo and our finding");
            submit(browser, "resolve");
            awaitForm(browser, "escalate");
            assertThat(browser.find("#status").getText()).isEqualTo("Resolved at stage 1");
            browser.check("agent-resolved");

            browser.type("escalate-reason", "The customer disputes the courier's photo and asks for a review.");
            submit(browser, "escalate");
            reloadUntil(browser, "#status", "Escalated");
            assertThat(browser.driver.findElements(By.cssSelector("form#acknowledge-escalation"))).isEmpty();
            browser.check("agent-escalated");
            signOut(browser);

            openFromView(browser, "head", "nav-escalated", "Escalations waiting for your acknowledgement", reference);
            // the configured managers (application.yml), so the department is the one the manager's view asks for
            new Select(browser.find("#acknowledge-escalation-manager")).selectByVisibleText("Morgan Price — Warehouse");
            browser.check("head-case-escalated");
            submit(browser, "acknowledge-escalation");
            reloadUntil(browser, "#status", "Under review");
            assertThat(browser.find("#facts").getText()).contains("Morgan Price", "Warehouse");
            browser.check("head-forwarded");
            signOut(browser);

            // only the escalations forwarded to the manager's own department (R4.2)
            openFromView(browser, "manager", "nav-review", "Escalated cases in review", reference);
            assertThat(browser.driver.findElements(By.cssSelector("form#close, form#withdraw"))).isEmpty();
            new Select(browser.find("#resolve-outcome")).selectByValue("PARTLY_UPHELD");
            browser.type("resolve-remedy", "A goodwill refund of half the price.");
            browser.type("resolve-rootCause", "Courier's photo inconclusive");
            browser.tellFindings("PHONE", "Called the customer: the review offers a goodwill refund of half the price");
            browser.type("resolve-reviewSummary", "The courier's photo does not show when the screen cracked");
            submit(browser, "resolve");
            assertThat(browser.find("#refusal").getText()).contains("must signpost the customer to independent advice");
            assertThat(browser.find("#resolve-remedy").getAttribute("value")).isEqualTo("A goodwill refund of half the price.");
            browser.check("manager-signposting-refused");
            browser.find("#resolve-customerSignposted").click();
            submit(browser, "resolve");
            reloadUntil(browser, "#status", "Resolved at stage 2");
            assertThat(browser.find("#resolution").getText()).contains("Partly upheld", "goodwill refund");
            browser.check("manager-resolved");
            signOut(browser);

            signIn(browser, "agent");
            browser.arriveAt("/console");
            browser.go(casePage);
            awaitForm(browser, "close");
            new Select(browser.find("#close-reason")).selectByValue("FINAL_RESPONSE_GIVEN");
            submit(browser, "close");
            reloadUntil(browser, "#status", "Closed");
            assertThat(browser.find("#timeline").getText()).contains("goodwill refund", "manager", "head");
            assertThat(browser.driver.findElements(By.cssSelector("#actions form"))).extracting(e -> e.getAttribute("id"))
                    .doesNotContain("resolve", "escalate", "close", "note");
            browser.check("agent-closed");
        }
    }

    /**
     * The agent's queue page is open and listening before the customer sends the form in a browser of their own; the
     * row appears without the page being loaded again ({@code window.__noReload}, set before, is still there), and
     * the next complaint's row keeps the agent's focus where it was. The first complaint's reference.
     */
    private String lodgedWhileTheAgentWatchesTheQueue(Browser browser) {
        signIn(browser, "agent");
        browser.arriveAt("/console");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(By.id("queue-changed"), "data-live", "open"));
        JavascriptExecutor page = (JavascriptExecutor) browser.driver;
        page.executeScript("window.__noReload = true"); // gone if the page is loaded again

        try (Browser customer = Browser.open(port, "console-customer")) {
            String reference = lodge(customer);
            customer.check("confirmation");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                    .until(driver -> shows(browser, "a.reference-link", reference));
            assertThat(page.executeScript("return window.__noReload === true")).as("the same page, never reloaded")
                    .isEqualTo(true);
            new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.textToBe(By.id("queue-updated"), "The queue was updated."));
            assertThat(browser.find("#queue-changed").isDisplayed()).isFalse(); // swapped in, no reload offered
            browser.check("queue");

            page.executeScript("Array.from(document.querySelectorAll('a.reference-link'))" // the rows as they are now
                    + ".find(link => link.textContent === arguments[0]).focus()", reference);
            String next = lodge(customer); // the rows are swapped again: the agent's focus stays on that case
            new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                    .until(driver -> shows(browser, "a.reference-link", next));
            assertThat(page.executeScript("return document.activeElement.textContent")).isEqualTo(reference);
            assertThat(page.executeScript("return window.__noReload === true")).isEqualTo(true);
            return reference;
        }
    }

    /** A complaint lodged on the form, found in the queue by the agent and acknowledged: its reference. */
    static String acknowledgedAsAgent(Browser browser) {
        String reference = lodge(browser);
        signIn(browser, "agent");
        browser.arriveAt("/console");
        reloadUntil(browser, "a.reference-link", reference);
        browser.driver.findElement(By.linkText(reference)).click();
        browser.arriveAtHeading("Complaint " + reference);
        new Select(browser.find("#acknowledge-channel")).selectByValue("EMAIL");
        submit(browser, "acknowledge");
        awaitForm(browser, "resolve");
        return reference;
    }

    /** Signs in as {@code user}, opens their preset view from the navigation, checks it and opens the case from it. */
    private static void openFromView(Browser browser, String user, String link, String heading, String reference) {
        signIn(browser, user);
        browser.arriveAt("/console");
        browser.find("#" + link).click();
        browser.arriveAtHeading(heading);
        reloadUntil(browser, "a.reference-link", reference);
        browser.check(user + "-" + link.replace("nav-", ""));
        browser.driver.findElement(By.linkText(reference)).click();
        browser.arriveAtHeading("Complaint " + reference);
    }

    /** The page's path, without its host or query. */
    private static String casePath(Browser browser) {
        return browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
    }

    private static String lodge(Browser browser) {
        browser.go("/complaint");
        browser.type("name", "Ann Example");
        browser.type("phone", "020 7946 0000");
        browser.find("#contactBy2").click();
        browser.type("orderNumber", "WZ-100234");
        new Select(browser.find("#category")).selectByValue("PRODUCT_DEFECT");
        browser.type("description", "The blood pressure monitor arrived with a cracked screen.");
        browser.find("main button[type=submit]").click();
        browser.arriveAt("/confirmation");
        return browser.find("#reference").getText();
    }

    static void signIn(Browser browser, String user) {
        browser.go("/sign-in");
        browser.type("username", user);
        browser.type("password", "demo");
        browser.send("main button[type=submit]");
    }

    static void signOut(Browser browser) {
        browser.find("#sign-out").click();
        browser.arriveAt("/sign-in");
    }

    static void submit(Browser browser, String form) {
        browser.send("form#" + form + " button[type=submit]");
    }

    /** The read models follow the commands a moment later: reload until the case page offers the form. */
    static void awaitForm(Browser browser, String form) {
        reloadUntilPresent(browser, "form#" + form);
    }

    private static void reloadUntilPresent(Browser browser, String css) {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (browser.driver.findElements(By.cssSelector(css)).isEmpty()) {
            assertThat(Instant.now()).as("%s on %s", css, browser.driver.getCurrentUrl()).isBefore(giveUp);
            pause();
            browser.driver.navigate().refresh();
        }
    }

    static void reloadUntil(Browser browser, String css, String text) {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (!shows(browser, css, text)) {
            assertThat(Instant.now()).as("'%s' in %s on %s", text, css, browser.driver.getCurrentUrl()).isBefore(giveUp);
            pause();
            browser.driver.navigate().refresh();
        }
    }

    /** Whether the page shows the text in an element; a page still being replaced by the next one does not yet. */
    private static boolean shows(Browser browser, String css, String text) {
        try {
            return browser.driver.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text));
        } catch (StaleElementReferenceException replaced) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
