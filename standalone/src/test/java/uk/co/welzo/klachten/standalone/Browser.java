package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver for the browser journeys: every page visited is saved as a screenshot
 * under {@code target/screenshots/} and checked with axe-core. Without Chromium the journeys are skipped, loudly.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("klachten.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("klachten.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    final WebDriver driver;
    private final String base;
    private final String journey;
    private int page;

    private Browser(WebDriver driver, String base, String journey) {
        this.driver = driver;
        this.base = base;
        this.journey = journey;
    }

    static Browser open(int port, String journey) {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing != null) {
            skip("no " + missing + " (apt-get install -y chromium chromium-driver; .ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1400", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, "http://localhost:" + port, journey);
        } catch (WebDriverException cannotStart) {
            skip("Chromium did not start: " + cannotStart.getMessage().lines().findFirst().orElse(""));
            throw cannotStart;
        }
    }

    private static void skip(String why) {
        String message = "BROWSER TESTS SKIPPED: " + why;
        System.err.println("*".repeat(message.length()) + "\n" + message + "\n" + "*".repeat(message.length()));
        Assumptions.abort(message);
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Waits for the navigation a click started to arrive at a URL containing {@code part}. */
    void arriveAt(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }

    /** Waits for the page whose heading is {@code text}. */
    void arriveAtHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /**
     * Clicks what sends a form and waits for the page it answers with. The page sent from still reads as loaded until
     * the browser leaves it, so it waits for that page to go first: a look at the page straight after a click can
     * otherwise still see the old one.
     */
    void send(String css) {
        WebElement before = find("html");
        find(css).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(left -> gone(before));
        wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has gone. Selenium's {@code stalenessOf} expects a stale-element error, but while the
     * next page replaces the document Chromium can instead answer that the node "does not belong to the document",
     * which says the same thing (it failed a CI run once).
     */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** R3.3: on the resolve form, how the customer was told the findings and the proposed resolution, and what. */
    void tellFindings(String channel, String summary) {
        new org.openqa.selenium.support.ui.Select(find("#resolve-findingsChannel")).selectByValue(channel);
        type("resolve-findingsSummary", summary);
    }

    /** Saves the page as the journey's next screenshot and fails on serious or critical accessibility violations. */
    void check(String name) {
        page++;
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(journey, page, name)), png);
        } catch (IOException cannotSave) {
            throw new IllegalStateException(cannotSave);
        }
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as("serious or critical axe-core violations on %s (%s): %s", name, driver.getCurrentUrl(),
                blocking.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
