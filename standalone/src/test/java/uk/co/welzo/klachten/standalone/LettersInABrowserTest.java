package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.acknowledgedAsAgent;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.awaitForm;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.reloadUntil;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.signIn;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.signOut;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.submit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue #15's letters in the console, in headless Chromium against the whole embedded service: the agent writes the
 * stage-1 outcome, previews it and sends it; the case lists it waiting for the post room, as the complainant gave no e-mail
 * address; the head finds it in the outbox. Screenshots under {@code target/screenshots/letters-*}.
 */
@TestPropertySource(properties = "klachten.letters.send-interval=PT1S") // sorted within a second, not five
class LettersInABrowserTest extends ServiceInABrowser {

    @Test
    @DisplayName("R3.3, #15: resolved at stage 1, the agent writes the findings, previews the letter (the reference and "
            + "the findings in it, nothing sent), sends it, and the case's letters list the stage-1 outcome waiting "
            + "for the post (no e-mail address); the head finds it in the outbox")
    void anAgentWritesPreviewsAndSendsTheStageOneOutcome() {
        try (Browser browser = Browser.open(port, "letters")) {
            String reference = acknowledgedAsAgent(browser);
            assertThat(browser.driver.findElements(By.cssSelector("form#letter"))).isEmpty(); // no letter fits yet
            new Select(browser.find("#resolve-outcome")).selectByValue("UPHELD");
            browser.type("resolve-remedy", "A new monitor, sent today.");
            browser.type("resolve-rootCause", "Packing: foam insert missing");
            browser.tellFindings("PHONE", "Called the customer: the foam insert was missing; a new monitor is on its way");
            submit(browser, "resolve");
            awaitForm(browser, "letter");

            String findings = "The foam insert was missing from the box, so the screen cracked on its way to you.";
            browser.type("letter-findings", findings);
            browser.send("#letter-preview-button");
            assertThat(browser.find("#letter-preview-heading").getText()).isEqualTo("Preview: nothing has been sent");
            assertThat(browser.find("#letter-preview-subject").getText()).contains(reference);
            assertThat(browser.find("#letter-preview-text").getText()).contains(reference, findings,
                    "A new monitor, sent today.");
            assertThat(browser.find("#letter-findings").getAttribute("value")).isEqualTo(findings);
            assertThat(browser.driver.findElements(By.cssSelector("#letters tr[data-kind=STAGE_ONE_OUTCOME]")))
                    .as("the preview sends nothing").isEmpty();
            browser.check("preview");

            browser.send("#letter-send-button");
            assertThat(browser.find("#flash").getText()).contains("The letter is in the outbox");
            // the complainant gave a phone number and no e-mail address: the letter waits for the post room
            reloadUntil(browser, "#letters tr[data-kind=STAGE_ONE_OUTCOME]", "Waiting for the post: no e-mail address");
            assertThat(browser.find("#letters").getText()).contains("Acknowledgement", "Stage-1 outcome");
            assertThat(browser.find("#timeline").getText()).containsIgnoringCase("outcome letter written"); // LetterWritten
            ((JavascriptExecutor) browser.driver).executeScript( // the screenshot shows the window: the letters in it
                    "document.getElementById('letters-heading').scrollIntoView()");
            browser.check("case-letters");
            signOut(browser);

            signIn(browser, "head");
            browser.arriveAt("/console");
            browser.find("#nav-outbox").click();
            browser.arriveAtHeading("Outbox");
            new Select(browser.find("#state")).selectByValue("NEEDS_POST");
            browser.send("form.filters button[type=submit]");
            assertThat(browser.find("#outbox").getText()).contains("Stage-1 outcome",
                    "Waiting for the post: no e-mail address");
            browser.check("outbox");
        }
    }
}
