package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.reloadUntil;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.signIn;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.signOut;
import static uk.co.welzo.klachten.standalone.ConsoleInABrowserTest.submit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * R8.2 in a real browser: the data-protection officer finds a person's complaints by e-mail, prints everything held
 * about them, erases the complainant's personal data of the complaint that has ended (confirmed, with a ground and a
 * requester), is refused on the one still open and places a legal hold on it; the agent then sees the erased case as
 * erased, and is refused the officer's screens.
 */
class DataProtectionInABrowserTest extends ServiceInABrowser {

    private static final String B = "/api/complaints/";
    private static final String EMAIL = "orla.vantongeren@example.org";

    @Test
    @DisplayName("R8.2: find a person, print what is held, erase one ended complaint, a refusal and a legal hold on the"
            + " open one; the agent sees the erasure and is refused the officer's screens")
    void theOfficerFindsExportsAndErases() {
        RunningService service = RunningService.at(port);
        lodge(service, "dp-closed", "The vitamin D tablets were mouldy");
        lodge(service, "dp-open", "The second parcel was late");
        service.send("POST", B + "dp-closed/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        service.awaitView(B + "dp-closed", "agent", view -> !"RECEIVED".equals(view.path("status").asText()));
        service.resolve(B + "dp-closed", "agent", "{\"outcome\":\"UPHELD\",\"remedy\":\"A refund\","
                + "\"rootCause\":\"damp storage\",\"customerSignposted\":true}");
        service.command("POST", B + "dp-closed/closure", "agent", "{\"reason\":\"ACCEPTED_BY_CUSTOMER\"}");
        service.awaitView(B + "dp-closed", "agent", view -> "CLOSED".equals(view.path("status").asText()));
        String closed = service.awaitView(B + "dp-closed", "agent", view -> true).path("reference").asText();
        awaitFound(service, 2); // the blind index follows the events a moment later

        try (Browser browser = Browser.open(port, "data-protection")) {
            signIn(browser, "dpo");
            browser.arriveAtHeading("Find a person's complaints");
            browser.type("dp-email", EMAIL);
            submit(browser, "dp-search");
            assertThat(browser.find("#dp-found").getText()).contains(closed, "Closed", "Held");
            assertThat(browser.driver.findElements(By.cssSelector("#dp-found tbody tr"))).hasSize(2);
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("orla");
            browser.check("found");

            browser.send("#dp-export");
            browser.arriveAtHeading("Everything held about a person");
            assertThat(browser.find("main").getText()).contains("Orla Vantongeren", EMAIL,
                    "The vitamin D tablets were mouldy", "The second parcel was late", "by dpo", "Upheld");
            browser.check("export");

            browser.go("/data-protection");
            browser.type("dp-email", EMAIL);
            submit(browser, "dp-search");
            browser.driver.findElement(By.linkText(closed)).click();
            browser.arriveAtHeading("Complaint " + closed);
            new Select(browser.find("#dp-ground")).selectByValue("CONSENT_WITHDRAWN");
            new Select(browser.find("#dp-requester")).selectByValue("DATA_SUBJECT");
            browser.type("dp-reference", "DSR-2027-0042");
            browser.type("dp-confirm", "ERASE");
            submit(browser, "dp-erase");
            assertThat(browser.find("#dp-done").getText()).contains("erased");
            reloadUntil(browser, "#dp-personal-data", "Erased on");
            assertThat(browser.find("#dp-personal-data").getText()).contains("consent withdrawn");
            browser.check("erased");

            browser.go("/data-protection/complaints/dp-open");
            new Select(browser.find("#dp-ground")).selectByValue("OBJECTION");
            new Select(browser.find("#dp-requester")).selectByValue("REPRESENTATIVE");
            browser.type("dp-reference", "DSR-2027-0043");
            browser.type("dp-confirm", "ERASE");
            submit(browser, "dp-erase");
            assertThat(browser.find("#dp-refusal").getText()).startsWith("Refused:");
            browser.check("refused-open");
            browser.type("dp-hold-reason", "Claim 2027-118 before the county court");
            submit(browser, "dp-hold");
            assertThat(browser.find("#dp-done").getText()).contains("legal hold");
            signOut(browser);

            signIn(browser, "agent");
            browser.go("/console/cases/dp-closed");
            reloadUntil(browser, "#erased", "Personal data erased");
            assertThat(browser.find("main").getText()).doesNotContain("Orla", "vitamin D tablets");
            browser.check("agent-sees-erased");
            browser.go("/data-protection");
            browser.arriveAtHeading("You may not see this page");
            assertThat(browser.driver.getPageSource()).doesNotContain("dp-search");
        }
    }

    private static void awaitFound(RunningService service, int complaints) {
        java.time.Instant giveUp = java.time.Instant.now().plusSeconds(15);
        while (service.send("POST", "/api/data-protection/subjects/search", "dpo", "{\"email\":\"" + EMAIL + "\"}")
                .body().size() < complaints) {
            assertThat(java.time.Instant.now()).as("the blind index finds %d complaints", complaints).isBefore(giveUp);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void lodge(RunningService service, String id, String description) {
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"%s","channel":"EMAIL","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Orla Vantongeren","email":"%s","phone":"020 7946 0123"},
                 "description":"%s","product":"Vitamin D"}""".formatted(id, EMAIL, description));
        service.awaitView(B + id, "agent", view -> true);
    }
}
