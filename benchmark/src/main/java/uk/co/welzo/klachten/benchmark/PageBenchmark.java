package uk.co.welzo.klachten.benchmark;

import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.deleteQuietly;
import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.intArg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.standalone.StandaloneApplication;

/**
 * Renders the staff console's pages over HTTP, signed in as {@code agent}, against the embedded service with many
 * complaints: the queue page with its default filters, case pages with long timelines and the search by a name's start,
 * a phone number and an order number; and, signed in as {@code analyst}, the insights dashboard's first view of a year
 * by month and the first three pages of the current breaches it links to (#18). Prints p50/p95/p99/max per page;
 * every answer must be 200 and hold what the page is for, or it counts as an error. A program, not a test.
 * Run: {@code java -jar benchmark/target/klachten-benchmark-exec.jar --pages [--complaints=100000] [--requests=300]
 * [--warmup=100] [--long-cases=10] [--timeline=60] [--data-dir=DIR] [--only=TEXT] [--any.service.setting=value ...]}
 * ({@code --only}: just the pages whose name holds the text); with
 * {@code --data-dir} the data is kept, and a later run with the same directory measures without loading again.
 */
public final class PageBenchmark {

    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final String LOADED = "page-benchmark-loaded.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final List<String> OWN_ARGS = List.of("--pages", "--complaints=", "--requests=", "--warmup=",
            "--long-cases=", "--timeline=", "--data-dir=", "--only=");

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int complaints = intArg(args, "complaints", 100_000);
        int requests = intArg(args, "requests", 300);
        int warmup = intArg(args, "warmup", 100);
        int longCases = intArg(args, "long-cases", 10);
        int timeline = intArg(args, "timeline", 60);
        // --data-dir keeps the data (events and caught-up read models) for the next run, which then measures at once:
        // loading and catching up 100,000 complaints takes longer on two cores than all the measuring
        String kept = Arrays.stream(args).filter(arg -> arg.startsWith("--data-dir=")).findFirst()
                .map(arg -> arg.substring("--data-dir=".length())).orElse(null);
        Path dataDir = kept == null ? Files.createTempDirectory("klachten-page-benchmark") : Path.of(kept);
        Files.createDirectories(dataDir);
        boolean loaded = Files.exists(dataDir.resolve(LOADED));
        System.out.printf("Klachten page benchmark, %s: %,d complaints plus %d with %d timeline entries, %,d requests"
                        + " per page after %,d to warm up%n", ZonedDateTime.now().withNano(0), complaints, longCases,
                timeline, requests, warmup);
        System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        List<String> passed = Arrays.stream(args).filter(arg -> OWN_ARGS.stream().noneMatch(arg::startsWith)).toList();
        passed.forEach(setting -> System.out.println("setting: " + setting));
        // no automatic acknowledgement (R2): the histories are appended, not lodged, and its group would catch up on
        // every one as if lodged now, sending commands, and add a processor to every figure measured before it existed
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--klachten.data-dir=" + dataDir,
                "--klachten.sla.alarms-enabled=false", "--klachten.acknowledgement.automatic=false",
                // nor letters and staff notices: appended histories are not news to anyone, and the outbox's writes
                // are each on disk before they are answered
                "--klachten.letters.enabled=false",
                "--logging.level.root=WARN", "--logging.level.uk.co.welzo=WARN"));
        settings.addAll(passed);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(settings.toArray(String[]::new));
        int errors;
        try {
            String only = Arrays.stream(args).filter(arg -> arg.startsWith("--only=")).findFirst()
                    .map(arg -> arg.substring("--only=".length())).orElse(null);
            errors = run(context, complaints, longCases, timeline, requests, warmup, loaded, only);
            if (kept != null && !loaded) {
                Files.writeString(dataDir.resolve(LOADED), complaints + " complaints, " + longCases + " long cases of "
                        + timeline + " timeline entries\n");
            }
        } finally {
            context.close();
            if (kept == null) {
                deleteQuietly(dataDir);
            }
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    /**
     * Waits until no processing group is being replayed, as the operators' replay API says. A start-up check of a read
     * model written by an earlier release starts a replay before the benchmark looks at the processors, whose positions
     * can then still read as caught up: measured then, the pages would be measured during a replay.
     */
    private static double awaitReplays(URI base) throws Exception {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest replays = HttpRequest.newBuilder(base.resolve("/api/admin/replays"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build();
        long lastReport = 0;
        while (true) {
            HttpResponse<String> answer = http.send(replays, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /api/admin/replays answered " + answer.statusCode());
            }
            boolean replaying = false;
            for (JsonNode group : JSON.readTree(answer.body())) {
                replaying |= group.path("replaying").asBoolean();
            }
            if (!replaying) {
                return ReadModelBenchmark.seconds(start);
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.err.println("  replaying: " + answer.body());
            }
            Thread.sleep(500);
        }
    }

    private static int run(ConfigurableApplicationContext context, int complaints, int longCases, int timeline,
                           int requests, int warmup, boolean loaded, String only) throws Exception {
        EventStore eventStore = context.getBean(EventStore.class);
        ReadModelBenchmark.Processors processors = new ReadModelBenchmark.Processors(
                context.getBean(EventProcessingConfiguration.class), context.getBean(TokenStore.class), eventStore);
        processors.stopAll();

        long loadStart = System.nanoTime();
        ComplaintHistories histories = new ComplaintHistories(42, START, true);
        Loader loader = new Loader(eventStore, loaded); // loaded by an earlier run: the histories only name the cases
        if (loaded) {
            System.out.println("data directory loaded by an earlier run: " + Files.readString(
                    Path.of(context.getEnvironment().getRequiredProperty("klachten.data-dir")).resolve(LOADED)).strip());
        }
        for (int number = 0; number < complaints; number++) {
            loader.add("bench-" + number, histories.history(number));
        }
        List<String> longIds = new ArrayList<>();
        List<String> longReferences = new ArrayList<>();
        for (int number = 0; number < longCases; number++) {
            List<Object> history = histories.longHistory(number, timeline);
            String id = "bench-long-" + number;
            loader.add(id, history);
            longIds.add(id);
            longReferences.add(((ComplaintLodged) history.get(0)).reference().value());
        }
        loader.flush();
        System.out.printf("%nload: %,d events appended in %.1f s%n", loader.events,
                ReadModelBenchmark.seconds(loadStart));
        System.out.printf("catch-up of %s: %.1f s%n", processors.names(), processors.timeToCatchUp(processors.names()));

        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        System.out.printf("replays asked for at start-up: %.1f s%n", awaitReplays(URI.create("http://localhost:" + port)));
        Browser browser = new Browser(URI.create("http://localhost:" + port));
        browser.signIn("agent", "demo");
        Matcher htmx = Pattern.compile("src=\"([^\"]*htmx[^\"]*)\"").matcher(browser.get("/console").body);
        System.out.println("htmx link on the queue page: " + (htmx.find() ? htmx.group(1) : "none"));

        // the searches: a name's start (first name and the start of the surname), a phone number as people type it,
        // an order number. The phone and order searches must list the complaint searched for. A name's key keeps only
        // the latest 200 complaints (SearchKeyDocument), so with common names a search may list none: the page must
        // then say so, and the benchmark counts the searches that listed some.
        int[] nameSearchesWithHits = {0};
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("queue page (GET /console, default filters)", i -> browser.get("/console")
                .expect("/console/cases/bench-"));
        // #18: the analysts' dashboard, its first view of a year by month: all seven panels, each one query
        Browser analyst = new Browser(URI.create("http://localhost:" + port));
        analyst.signIn("analyst", "demo", "/insights");
        String year = "/insights?period=MONTH&dimension=CATEGORY&from=" + START.atZone(ZoneOffset.UTC).toLocalDate()
                + "&to=" + START.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1).minusDays(1);
        pages.put("insights dashboard, a year by month (GET /insights)", i -> analyst.get(year).expect("data-chart"));
        // its breaches panel is counts; the breaches themselves are one link away, fifty a page
        pages.put("insights breach list, a page of 50 (GET /insights/breaches)", i -> analyst
                .get("/insights/breaches?page=" + (1 + i % 3)).expect("id=\"breaches-table\""));
        pages.put("case page, " + timeline + " timeline entries (GET /console/cases/{id})", i -> {
            Answer answer = browser.get("/console/cases/" + longIds.get(i % longIds.size()))
                    .expect(longReferences.get(i % longIds.size()));
            int entries = count(answer.body, "class=\"timeline__summary\"");
            return entries == timeline ? answer : answer.wrong("a timeline of " + entries + " entries");
        });
        pages.put("search by name start (POST /console/search)", i -> {
            String name = ComplaintHistories.name(spread(i, complaints));
            String typed = name.substring(0, name.indexOf(' ') + 4);
            Answer answer = browser.search(typed).expect("id=\"main\"");
            if (answer.ok() && answer.body.contains("id=\"hits\"")) {
                nameSearchesWithHits[0]++;
                return answer.expect(escape(typed));
            }
            return answer.expect("id=\"no-hits\"");
        });
        pages.put("search by phone number (POST /console/search)", i -> {
            int number = spread(i, complaints);
            return browser.search(ComplaintHistories.phone(number)).expect("/console/cases/bench-" + number + "\"");
        });
        pages.put("search by order number (POST /console/search)", i -> {
            int number = spread(i, complaints);
            return browser.search(ComplaintHistories.orderNumber(number))
                    .expect("/console/cases/bench-" + number + "\"");
        });

        System.out.printf("%n%-62s %8s %8s %8s %8s %8s %7s%n", "page", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "KiB", "errors");
        int allErrors = 0;
        for (var page : pages.entrySet()) {
            if (only != null && !page.getKey().contains(only)) {
                continue;
            }
            int errors = 0;
            long bytes = 0;
            for (int i = 0; i < warmup; i++) {
                errors += page.getValue().fetch(i + requests).ok() ? 0 : 1;
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                Answer answer = page.getValue().fetch(i);
                nanos[i] = System.nanoTime() - start;
                bytes += answer.body.length();
                if (!answer.ok()) {
                    if (errors++ < 3) {
                        System.err.println("  " + page.getKey() + ": " + answer.problem);
                    }
                }
            }
            Arrays.sort(nanos);
            allErrors += errors;
            System.out.printf("%-62s %8.1f %8.1f %8.1f %8.1f %8.1f %7d%n", page.getKey(), percentile(nanos, 50),
                    percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
                    bytes / (double) requests / 1024, errors);
        }
        System.out.printf("%nname searches that listed complaints: %d of %d%n", nameSearchesWithHits[0],
                requests + warmup);
        System.out.printf("errors: %d%n", allErrors);
        return allErrors;
    }

    /**
     * The i-th complaint number to search for, spread over all: from 1,000 up when there are more, as an order number's
     * start key ("W-12") holds only the latest 200 complaints it starts.
     */
    private static int spread(int i, int complaints) {
        int from = complaints > 2_000 ? 1_000 : 0;
        return from + (int) ((i * 7_919L) % (complaints - from));
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @FunctionalInterface
    private interface Page {
        Answer fetch(int i) throws Exception;
    }

    /** A page as received, and what was wrong with it, if anything. */
    private record Answer(int status, String body, String problem) {

        boolean ok() {
            return problem == null;
        }

        Answer expect(String part) {
            if (problem != null) {
                return this;
            }
            if (status != 200) {
                return wrong("status " + status);
            }
            return body.contains(part) ? this : wrong("no \"" + part + "\" in the page");
        }

        Answer wrong(String what) {
            return new Answer(status, body, problem == null ? what : problem);
        }
    }

    /** One signed-in browser: the session cookie and the CSRF token of its last form, sequential requests. */
    private static final class Browser {

        private final URI base;
        private final HttpClient http;
        private String csrf;

        Browser(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn(String user, String password) throws Exception {
            signIn(user, password, "/console/search");
        }

        /** Signs in, then reads the session's CSRF token from {@code page}, a page of the person's role with a form. */
        void signIn(String user, String password, String page) throws Exception {
            Answer form = get("/sign-in").expect("_csrf");
            if (!form.ok()) {
                throw new IllegalStateException("sign-in page: " + form.problem);
            }
            HttpResponse<String> signedIn = post("/sign-in", Map.of("username", user, "password", password,
                    "_csrf", csrfOf(form.body)));
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("failed")) {
                throw new IllegalStateException("sign-in as " + user + " answered " + signedIn.statusCode() + " "
                        + location);
            }
            Answer search = get(page).expect("_csrf");
            if (!search.ok()) {
                throw new IllegalStateException(page + " after sign-in: " + search.problem);
            }
            csrf = csrfOf(search.body);
        }

        Answer get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), null);
        }

        Answer search(String text) throws Exception {
            HttpResponse<String> response = post("/console/search", Map.of("text", text, "_csrf", csrf));
            return new Answer(response.statusCode(), response.body(), null);
        }

        private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException,
                InterruptedException {
            StringBuilder form = new StringBuilder();
            fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String csrfOf(String page) {
            Matcher matcher = CSRF.matcher(page);
            if (!matcher.find()) {
                throw new IllegalStateException("no CSRF token in the page");
            }
            return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }
    }

    /** Appends histories to the event store in batches of about a thousand events. */
    private static final class Loader {

        private final EventStore eventStore;
        private final boolean loaded;
        private List<EventMessage<?>> batch = new ArrayList<>(2_000);
        long events;

        Loader(EventStore eventStore, boolean loaded) {
            this.eventStore = eventStore;
            this.loaded = loaded;
        }

        void add(String aggregateId, List<Object> history) {
            if (loaded) {
                return;
            }
            for (int sequence = 0; sequence < history.size(); sequence++) {
                batch.add(new GenericDomainEventMessage<>("Complaint", aggregateId, sequence, history.get(sequence),
                        MetaData.emptyInstance(), UUID.randomUUID().toString(), Instant.now()));
            }
            if (batch.size() >= 1_000) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            events += batch.size();
            eventStore.publish(batch);
            batch = new ArrayList<>(2_000);
        }
    }
}
