package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaying every read model from the event store rebuilds the very same documents: the reset
 * handlers clear what they own (a stale document planted before the replay is gone afterwards),
 * and the service answers queries throughout without a server error.
 */
class ReplayTest {

    static final List<String> READ_MODELS = List.of("cases", "work_queue", "sla_clocks", "sla_days", "sla_running",
            "deadline_alarms");
    static final String LODGE = """
            {"complaintId":"%s","channel":"EMAIL","category":"SERVICE",
             "complainant":{"name":"Rae Example"},"description":"Refund never arrived"}""";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("a replay of all groups rebuilds identical read models while queries keep being answered")
    void replayRebuildsIdenticalReadModels() throws Exception {
        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {Held.class},
                "--klachten.sla.alarms-enabled=false")) {
            for (String id : List.of("replay-1", "replay-2", "replay-3")) {
                service.command("POST", "/api/complaints", "intake", LODGE.formatted(id));
            }
            service.command("POST", "/api/complaints/replay-2/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
            service.command("PUT", "/api/complaints/replay-3/handler", "agent", "{\"handler\":\"agent\"}");
            service.awaitView("/api/complaints/replay-2", "agent", view -> view.path("status").asText().equals("UNDER_INVESTIGATION"));
            service.awaitView("/api/complaints/replay-3", "agent", view -> view.path("handler").asText().equals("agent"));
            service.awaitView("/api/complaints/replay-2/sla", "agent", view -> view.path("clocks").size() >= 2);
            awaitReplays(service, groups -> allCaughtUp(groups));
            MongoTemplate readModels = service.bean(MongoTemplate.class);
            Map<String, String> before = checksums(readModels);
            READ_MODELS.forEach(collection -> readModels.getCollection(collection)
                    .insertOne(new Document("_id", "stale-" + collection).append("reference", "stale")));
            int deliveredBefore = Held.delivered.get();
            int resetsBefore = Held.resets.get();

            Queue<Integer> answers = new ConcurrentLinkedQueue<>();
            AtomicBoolean replaying = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                while (replaying.get()) {
                    answers.add(service.send("GET", "/api/complaints/replay-2", "agent", null).status());
                    answers.add(service.send("GET", "/api/queue", "agent", null).status());
                    answers.add(service.send("GET", "/api/complaints/replay-2/sla", "agent", null).status());
                }
            });
            reader.start();
            try {
                RunningService.Answer started = service.send("POST", "/api/admin/replays", "admin", "{\"group\":\"all\"}");
                assertThat(started.status()).isEqualTo(202);
                assertThat(started.body().findValuesAsText("group")).contains("cases", "queue", "sla", Held.GROUP);
                JsonNode done = awaitReplays(service, ReplayTest::allCaughtUp);
                assertThat(done.findValuesAsText("percent")).containsOnly("100");
            } finally {
                replaying.set(false);
                reader.join();
            }

            assertThat(answers).isNotEmpty().allSatisfy(status -> assertThat(status).isLessThan(500));
            assertThat(checksums(readModels)).isEqualTo(before);
            assertThat(Held.delivered.get() - deliveredBefore).as("events delivered again").isPositive();
            assertThat(Held.resets.get() - resetsBefore).as("reset handler runs").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a replay of a group that is still replaying is a 409; an unknown group a 404")
    void secondReplayOfTheSameGroupIsAConflict() throws Exception {
        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {Held.class},
                "--klachten.sla.alarms-enabled=false")) {
            service.command("POST", "/api/complaints", "intake", LODGE.formatted("conflict-1"));
            service.awaitView("/api/complaints/conflict-1", "agent", view -> true);
            awaitReplays(service, ReplayTest::allCaughtUp);

            Held.gate = new CountDownLatch(1); // the test group's handler now holds the replay on its first event
            try {
                RunningService.Answer first = service.send("POST", "/api/admin/replays", "admin",
                        "{\"group\":\"" + Held.GROUP + "\"}");
                assertThat(first.status()).isEqualTo(202);
                awaitReplays(service, groups -> status(groups, Held.GROUP).path("replaying").asBoolean());

                RunningService.Answer second = service.send("POST", "/api/admin/replays", "admin",
                        "{\"group\":\"" + Held.GROUP + "\"}");
                assertThat(second.status()).isEqualTo(409);
                assertThat(second.body().path("code").asText()).isEqualTo("REPLAY_ALREADY_RUNNING");
                // meanwhile the other read models still answer
                assertThat(service.send("GET", "/api/complaints/conflict-1", "agent", null).status()).isEqualTo(200);
            } finally {
                Held.gate.countDown();
            }
            awaitReplays(service, ReplayTest::allCaughtUp);

            RunningService.Answer unknown = service.send("POST", "/api/admin/replays", "admin", "{\"group\":\"trends-x\"}");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body().path("code").asText()).isEqualTo("PROCESSING_GROUP_NOT_FOUND");
            assertThat(service.send("POST", "/api/admin/replays", "admin", "{}").status()).isEqualTo(400);
        }
    }

    private static boolean allCaughtUp(JsonNode groups) {
        for (JsonNode group : groups) {
            if (!caughtUp(group)) {
                return false;
            }
        }
        return groups.size() > 0;
    }

    /** A group's status: running, no longer replaying, at the head. */
    static boolean caughtUp(JsonNode group) {
        return group.path("running").asBoolean() && !group.path("replaying").asBoolean()
                && group.path("percent").asInt() == 100;
    }

    static JsonNode status(JsonNode groups, String name) {
        for (JsonNode group : groups) {
            if (group.path("group").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no status for group " + name + ": " + groups);
    }

    static JsonNode awaitReplays(RunningService service, Predicate<JsonNode> condition) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode groups = null;
        while (System.nanoTime() < giveUp) {
            RunningService.Answer answer = service.send("GET", "/api/admin/replays", "admin", null);
            assertThat(answer.status()).isEqualTo(200);
            groups = answer.body();
            if (condition.test(groups)) {
                return groups;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("replays never reached the expected state; last " + groups);
    }

    /**
     * One SHA-256 per read-model collection over all its documents in id order, each with its fields in name order:
     * the in-process server keeps a replaced document's old field order, and a rebuild writes each document once.
     */
    private static Map<String, String> checksums(MongoTemplate readModels) throws NoSuchAlgorithmException {
        Map<String, String> sums = new TreeMap<>();
        for (String collection : READ_MODELS) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long count = 0;
            for (Document document : readModels.getCollection(collection).find().sort(new Document("_id", 1))) {
                digest.update(sorted(document).toJson().getBytes(StandardCharsets.UTF_8));
                count++;
            }
            sums.put(collection, count + " documents, " + HexFormat.of().formatHex(digest.digest()));
        }
        return sums;
    }

    private static Document sorted(Document document) {
        Document sorted = new Document();
        new TreeMap<>(document).forEach((field, value) -> sorted.put(field, sortedValue(value)));
        return sorted;
    }

    private static Object sortedValue(Object value) {
        if (value instanceof Document nested) {
            return sorted(nested);
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(ReplayTest::sortedValue).toList();
        }
        return value;
    }

    /**
     * A test-only read model in its own processing group: counts deliveries and resets, and holds
     * its processor on an event while the test keeps the gate closed. Registered by hand, not scanned.
     */
    @ProcessingGroup(Held.GROUP)
    static class Held {

        static final String GROUP = "replay-test";
        static final AtomicInteger delivered = new AtomicInteger();
        static final AtomicInteger resets = new AtomicInteger();
        static volatile CountDownLatch gate = new CountDownLatch(0);

        @EventHandler
        void on(Object event) throws InterruptedException {
            gate.await(30, TimeUnit.SECONDS);
            delivered.incrementAndGet();
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
        }
    }
}
