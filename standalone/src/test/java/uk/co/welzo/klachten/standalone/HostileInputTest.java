package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.co.welzo.klachten.platform.problem.Problems;
import uk.co.welzo.klachten.standalone.Endpoints.Endpoint;
import uk.co.welzo.klachten.standalone.HostileRequests.Attempt;

/**
 * Generated hostile input against every endpoint of the running service (issue #12): wrong JSON types, blank and
 * huge strings, odd enums and instants, broken bodies, refused content types, odd Accept headers, hostile paths,
 * headers and query strings. Every answer must be below 500, every error problem+json with a type and a code, and no
 * request that is invalid by construction may be accepted; no input may leave an incident in the log. The seed is
 * fixed so a failure repeats ({@code -Dfuzz.seed=...} for another run, {@code -Dfuzz.seconds=...} for longer,
 * {@code -Dfuzz.only=...} for some families alone); the summary names each failure family with an example request.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_205L);
    /** Requests stop when this much time has gone: systematic ones first, then random mixes if time is left. */
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 60));
    /** Only the families whose name contains this ({@code -Dfuzz.only="chunked"}), to repeat one quickly. */
    private static final String ONLY = System.getProperty("fuzz.only", "");
    private static final long SLOW_MILLIS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** By letter, so that fuzz-b is acknowledged by hand and the others stay received (no automatic one, R2). */
    private static final String LODGE = """
            {"complaintId":"%s","channel":"LETTER","category":"SERVICE",
             "complainant":{"name":"Rae Example","email":"rae@example.org"},"description":"Refund never arrived"}""";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("hostile requests to every endpoint: no 5xx, every error problem+json, nothing invalid accepted")
    void answersEveryHostileRequestWithAProblemAndAcceptsNothingInvalid(CapturedOutput output) {
        Families families = new Families();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int systematic;
        long familyCount;
        int familiesTried;
        Duration took;
        Set<String> tried = new HashSet<>();
        int sent = 0;
        int logStart;
        Instant started;
        try (RunningService service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false")) {
            Endpoints endpoints = Endpoints.of(service.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
            List<String> ids = List.of("fuzz-a", "fuzz-b", "fuzz-c");
            String reference = null;
            for (String id : ids) {
                reference = service.command("POST", "/api/complaints", "intake", LODGE.formatted(id)).body()
                        .path("reference").asText();
            }
            service.command("POST", "/api/complaints/fuzz-b/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");

            Random random = new Random(SEED);
            HostileRequests hostile = new HostileRequests(random, ids, reference);
            List<Attempt> attempts = roundRobin(endpoints.all().stream().flatMap(e -> hostile.systematic(e).stream())
                    .filter(attempt -> attempt.family().contains(ONLY)).toList(), random);
            systematic = attempts.size();
            familyCount = attempts.stream().map(Attempt::family).distinct().count();

            logStart = output.getAll().length();
            started = Instant.now();
            for (Attempt attempt : attempts) {
                if (Duration.between(started, Instant.now()).compareTo(BUDGET) >= 0) {
                    break;
                }
                check(service.port(), attempt, families, statuses);
                tried.add(attempt.family());
                sent++;
            }
            familiesTried = tried.size();
            List<Endpoint> all = endpoints.all();
            while (ONLY.isEmpty() && Duration.between(started, Instant.now()).compareTo(BUDGET) < 0) {
                check(service.port(), hostile.random(all.get(random.nextInt(all.size()))), families, statuses);
                sent++;
            }
            took = Duration.between(started, Instant.now());
            System.out.printf("%d endpoints: %s%n", all.size(), all);
        }
        List<String> log = output.getAll().substring(logStart).lines().toList();
        List<String> incidents = log.stream().filter(line -> line.contains("ERROR") && line.contains("Incident")).toList();
        long traceLines = log.stream().filter(line -> line.startsWith("\tat ")).count();
        String summary = summary(families, statuses, systematic, sent, took, incidents, traceLines)
                + String.format("Input families tried: %d of %d (raise -Dfuzz.seconds on a slow machine to try all)%n",
                familiesTried, familyCount);
        System.out.println(summary);

        assertThat(families.found()).as(summary).isEmpty();
        assertThat(incidents).as(summary).isEmpty();
    }

    /**
     * Every family once (each on a random endpoint and field), then every family again, and so on: however far the
     * time budget goes on a slow machine, it has tried the most kinds of input it could.
     */
    private static List<Attempt> roundRobin(List<Attempt> attempts, Random random) {
        Map<String, List<Attempt>> byFamily = new TreeMap<>();
        attempts.forEach(attempt -> byFamily.computeIfAbsent(attempt.family(), family -> new ArrayList<>()).add(attempt));
        byFamily.values().forEach(family -> Collections.shuffle(family, random));
        List<Attempt> ordered = new ArrayList<>();
        for (int round = 0; ordered.size() < attempts.size(); round++) {
            List<Attempt> thisRound = new ArrayList<>();
            for (List<Attempt> family : byFamily.values()) {
                if (round < family.size()) {
                    thisRound.add(family.get(round));
                }
            }
            Collections.shuffle(thisRound, random);
            ordered.addAll(thisRound);
        }
        return ordered;
    }

    private static void check(int port, Attempt attempt, Families families, Map<Integer, Integer> statuses) {
        RawHttp.Response answer;
        try {
            // the one body that must not be valid UTF-8 is written byte for byte
            byte[] body = attempt.body() == null ? null : attempt.body().getBytes(attempt.family().contains("invalid UTF-8")
                    ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            Instant sent = Instant.now();
            answer = RawHttp.send(port, attempt.method(), attempt.target(), attempt.headers(), body);
            Duration took = Duration.between(sent, Instant.now());
            if (took.toMillis() > SLOW_MILLIS) {
                System.out.printf("SLOW %d ms ← %s: %s%n", took.toMillis(), attempt.family(), attempt.describe());
            }
        } catch (IOException | RuntimeException noAnswer) {
            families.add("no answer (" + noAnswer.getClass().getSimpleName() + ")", attempt, String.valueOf(noAnswer.getMessage()));
            return;
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        String shown = answer.status() + " " + answer.header("Content-Type") + " " + abbreviate(answer.body(), 200);
        if (answer.status() >= 500) {
            families.add("5xx (" + answer.status() + ")", attempt, shown);
        }
        if (answer.status() >= 400 && !attempt.method().equals("HEAD") && !isProblem(answer)) {
            families.add("error not problem+json with type and code (" + answer.status() + " "
                    + String.valueOf(answer.header("Content-Type")).split(";")[0] + ")", attempt, shown);
        }
        if (attempt.invalid() && answer.status() >= 200 && answer.status() < 300) {
            families.add("invalid input accepted (" + answer.status() + ")", attempt, shown);
        }
    }

    private static boolean isProblem(RawHttp.Response answer) {
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("type").asText().startsWith(Problems.TYPE_BASE) && problem.path("code").isTextual()
                    && problem.path("status").asInt() == answer.status();
        } catch (IOException notJson) {
            return false;
        }
    }

    private static String summary(Families families, Map<Integer, Integer> statuses, int systematic, int sent,
                                  Duration took, List<String> incidents, long traceLines) {
        StringBuilder summary = new StringBuilder(String.format(
                "%nHostile input: seed %d, %d requests (of %d systematic) in %d s; statuses %s; %d incident lines and %d stack-trace lines in the log%n",
                SEED, sent, systematic, took.toSeconds(), statuses, incidents.size(), traceLines));
        if (families.found().isEmpty()) {
            summary.append("No failure family found.\n");
        }
        families.found().forEach((family, found) -> summary.append(String.format(
                "FAMILY %s — %d requests%n    e.g. %s%n    answered %s%n", family, found.count(), found.example().describe(),
                found.answer())));
        incidents.stream().limit(5).forEach(line -> summary.append("INCIDENT ").append(abbreviate(line, 300)).append('\n'));
        return summary.toString();
    }

    private static String abbreviate(String text, int length) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > length ? flat.substring(0, length) + "…" : flat;
    }

    /** Failures grouped by what went wrong and the kind of input that did it, each with its first example. */
    private static final class Families {

        record Found(int count, Attempt example, String answer) {
        }

        private final Map<String, Found> found = new TreeMap<>();

        void add(String outcome, Attempt attempt, String answer) {
            found.merge(outcome + " ← " + attempt.family(), new Found(1, attempt, answer),
                    (first, next) -> new Found(first.count() + 1, first.example(), first.answer()));
        }

        Map<String, Found> found() {
            return Collections.unmodifiableMap(found);
        }
    }
}
