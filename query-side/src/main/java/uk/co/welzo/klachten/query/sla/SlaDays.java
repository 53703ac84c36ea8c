package uk.co.welzo.klachten.query.sla;

import static uk.co.welzo.klachten.query.readmodel.LondonDays.LONDON;
import static uk.co.welzo.klachten.query.readmodel.LondonDays.startOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.query.readmodel.LondonDays;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * SLA compliance counted in advance (#18). The projection keeps, per London day, the verdicts of the clocks started
 * that day that have stopped ({@link SlaDayDocument}), and a copy of every running clock ({@link RunningClockDocument});
 * a report reads the days wholly inside its range from the first and judges the running clocks started in them at
 * the moment of the query, exactly as {@link SlaCompliance} judges a clock. A part of a day at either end of the range
 * is read clock by clock, as before. So a year's report costs a document a day plus the running clocks, not a read of
 * every clock ever started.
 * <p>
 * A running clock is judged by the moment alone: it has failed a deadline once that deadline has come, and is
 * undecided before. So the day's document also counts its running clocks per kind ({@code <kind>.running.count}) with
 * an upper bound of their deadlines ({@code <kind>.running.originalDue} and {@code .currentDue}, raised by
 * {@code $max}, never lowered): once both bounds have come, every one of them has failed both deadlines, and the
 * count says so without reading a copy. Only a day and kind whose bound is still to come (recent days, or an
 * extension) has its running clocks read and judged one by one.
 */
final class SlaDays {

    private static final String RUNNING_COUNT = ".running.count";
    private static final String RUNNING_ORIGINAL_DUE = ".running.originalDue";
    private static final String RUNNING_CURRENT_DUE = ".running.currentDue";
    private static final List<String> COMPLIANCE_FIELDS = List.of("kind", "startedAt", "originalDue", "currentDue",
            "metAt", "stoppedAt", "running");

    private final MongoTemplate mongo;

    SlaDays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // ---- kept by the projection

    /**
     * Moves a clock's count from what it counted in before a change to what it counts in after it: a stopped clock
     * counts in its start day's document, a running one has a copy of its own. Call only for a change the clock's
     * sequence number guards (the writer applied it), for counting is not idempotent by itself.
     *
     * @param before the clock's verdicts before the change ({@link #countsOf}), empty for a new clock
     * @param copyBefore the copy of the clock kept before the change, null when it was not running
     */
    static void moveCount(ReadModelWriter<SlaClockDocument> clocks, Counted before, RunningClockDocument copyBefore,
                          SlaClockDocument after) {
        Counted now = countsOf(after);
        if (!now.equals(before)) {
            before.fields.forEach((field, by) -> clocks.incrementCompanion(SlaDayDocument.class, before.day, field, -by));
            now.fields.forEach((field, by) -> clocks.incrementCompanion(SlaDayDocument.class, now.day, field, by));
            now.bounds.forEach((field, due) -> clocks.maxCompanion(SlaDayDocument.class, now.day, field, due));
        }
        if (after.running) {
            RunningClockDocument copy = RunningClockDocument.of(after);
            if (!copy.equals(copyBefore)) { // a warning changes the clock, not its copy: not written again
                clocks.saveCompanion(copy);
            }
        } else if (copyBefore != null) {
            clocks.deleteCompanion(RunningClockDocument.class, after.id);
        }
    }

    /** The copy a clock has while it runs ({@link RunningClockDocument}), or null. */
    static RunningClockDocument copyOf(SlaClockDocument clock) {
        return clock != null && clock.running ? RunningClockDocument.of(clock) : null;
    }

    /**
     * What a clock counts in, on its start day: nothing for a department's; while it runs, one more running clock of
     * its kind, and its deadlines under the day's bounds; else its verdicts.
     */
    static Counted countsOf(SlaClockDocument clock) {
        if (clock == null || clock.kind == DeadlineKind.DEPARTMENT_RESPONSE || clock.startedAt == null) {
            return Counted.NOTHING;
        }
        String day = LocalDate.ofInstant(clock.startedAt, LONDON).toString();
        if (clock.running) {
            return clock.originalDue == null || clock.currentDue == null ? Counted.NOTHING
                    : new Counted(day, Map.of(clock.kind + RUNNING_COUNT, 1L), Map.of(
                            clock.kind + RUNNING_ORIGINAL_DUE, Date.from(clock.originalDue),
                            clock.kind + RUNNING_CURRENT_DUE, Date.from(clock.currentDue)));
        }
        Map<String, Long> fields = new LinkedHashMap<>();
        count(fields, clock.kind + ".original", clock.metOriginalBy(Instant.MAX));
        count(fields, clock.kind + ".current", clock.metCurrentBy(Instant.MAX));
        return fields.isEmpty() ? Counted.NOTHING : new Counted(day, fields, Map.of());
    }

    private static void count(Map<String, Long> fields, String deadline, Boolean metInTime) {
        if (metInTime != null) {
            fields.put(deadline + ".decided", 1L);
            if (metInTime) {
                fields.put(deadline + ".met", 1L);
            }
        }
    }

    /** The counts one clock adds to one day's document, and the deadlines it keeps that day's bounds above. */
    record Counted(String day, Map<String, Long> fields, Map<String, Date> bounds) {
        static final Counted NOTHING = new Counted(null, Map.of(), Map.of());
    }

    // ---- read by the query

    /** Adds to the report every clock (other than a department's) started in [from, to). */
    void count(SlaCompliance compliance, Instant from, Instant to) {
        LondonDays.read(from, to, new LondonDays.Reader() {
            @Override
            public void partOfDay(Instant partFrom, Instant partTo) {
                countClocks(compliance, partFrom, partTo);
            }

            @Override
            public void wholeDays(LocalDate first, LocalDate end) {
                Map<LocalDate, Set<DeadlineKind>> judgedOneByOne = countDays(compliance, first, end);
                if (!judgedOneByOne.isEmpty()) {
                    countRunning(compliance, startOf(Collections.min(judgedOneByOne.keySet())), startOf(end),
                            judgedOneByOne);
                }
            }
        });
    }

    /**
     * The clocks of the days [first, end) from their documents: the stopped ones, and the running ones of a day and
     * kind whose deadlines have all come. Answers the days and kinds whose running clocks must be judged one by one.
     */
    private Map<LocalDate, Set<DeadlineKind>> countDays(SlaCompliance compliance, LocalDate first, LocalDate end) {
        Map<LocalDate, Set<DeadlineKind>> judgedOneByOne = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            ids.add(day.toString());
        }
        for (Document stored : LondonDays.findByIds(mongo, SlaDayDocument.COLLECTION, ids)) {
            LocalDate day = LocalDate.parse(stored.getString("_id"));
            for (DeadlineKind kind : DeadlineKind.values()) {
                if (stored.get(kind.name()) instanceof Document counts) {
                    compliance.add(day, kind, figure(counts, "original", "met"), figure(counts, "original", "decided"),
                            figure(counts, "current", "met"), figure(counts, "current", "decided"));
                    if (!countRunning(compliance, day, kind, counts)) {
                        judgedOneByOne.computeIfAbsent(day, d -> EnumSet.noneOf(DeadlineKind.class)).add(kind);
                    }
                }
            }
        }
        return judgedOneByOne;
    }

    /**
     * Counts a day's running clocks of one kind as failed on both deadlines when the bounds of their deadlines have
     * both come (so has every deadline under them); false when some deadline may still be to come.
     */
    private boolean countRunning(SlaCompliance compliance, LocalDate day, DeadlineKind kind, Document counts) {
        if (!(counts.get("running") instanceof Document bounds) || !(bounds.get("count") instanceof Number count)
                || count.longValue() == 0) {
            return true;
        }
        long running = count.longValue();
        Date originalDue = bounds.getDate("originalDue");
        Date currentDue = bounds.getDate("currentDue");
        if (originalDue == null || currentDue == null || compliance.now().isBefore(originalDue.toInstant())
                || compliance.now().isBefore(currentDue.toInstant())) {
            return false;
        }
        compliance.add(day, kind, 0, running, 0, running);
        return true;
    }

    private static long figure(Document counts, String deadline, String figure) {
        return counts.get(deadline) instanceof Document byFigure && byFigure.get(figure) instanceof Number count
                ? count.longValue() : 0;
    }

    /** The running clocks started in [from, to) on the days and of the kinds given, judged now one by one. */
    private void countRunning(SlaCompliance compliance, Instant from, Instant to,
                              Map<LocalDate, Set<DeadlineKind>> days) {
        Document started = new Document("startedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))
                .append("kind", new Document("$ne", DeadlineKind.DEPARTMENT_RESPONSE.name()));
        for (Document stored : mongo.getCollection(RunningClockDocument.COLLECTION).find(started)
                .projection(fields())) {
            stored.put("running", true);
            SlaClockDocument clock = SlaClockDocument.forCompliance(stored);
            if (days.getOrDefault(LocalDate.ofInstant(clock.startedAt, LONDON), Set.of()).contains(clock.kind)) {
                compliance.add(clock);
            }
        }
    }

    /** Every clock started in [from, to), one by one: for a part of a day. */
    private void countClocks(SlaCompliance compliance, Instant from, Instant to) {
        Document started = new Document("startedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))
                .append("kind", new Document("$ne", DeadlineKind.DEPARTMENT_RESPONSE.name()));
        // read as plain documents: mapping each clock through the converter cost more than the rest of the query
        for (Document stored : mongo.getCollection(mongo.getCollectionName(SlaClockDocument.class)).find(started)
                .projection(fields())) {
            compliance.add(SlaClockDocument.forCompliance(stored));
        }
    }

    private static Document fields() {
        Document fields = new Document("_id", 0);
        COMPLIANCE_FIELDS.forEach(field -> fields.append(field, 1));
        return fields;
    }
}
