package uk.co.welzo.klachten.query.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.query.readmodel.LondonDays;

/**
 * Reads how many complaints received in [from, to) had each value: the London days wholly inside the range from their
 * day documents ({@link TrendDayDocument}), a day the range starts or ends within from that day's facts. So a range
 * between London midnights costs two documents a day (three with the response times), and any other range two days'
 * facts more.
 */
final class TrendDays {

    private final MongoTemplate mongo;

    TrendDays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Counts all complaints, the escalation rate's figures and, unless {@code dimension} is null, its values. */
    TrendDayCounts count(TrendDimension dimension, Instant from, Instant to) {
        return count(dimension, from, to, false);
    }

    /** The same, and with {@code hours} the times to acknowledge and to resolve as well. */
    TrendDayCounts count(TrendDimension dimension, Instant from, Instant to, boolean hours) {
        TrendDayCounts counts = new TrendDayCounts();
        LondonDays.read(from, to, new LondonDays.Reader() {
            @Override
            public void partOfDay(Instant partFrom, Instant partTo) {
                countFacts(counts, dimension, hours, partFrom, partTo);
            }

            @Override
            public void wholeDays(LocalDate first, LocalDate end) {
                countDays(counts, dimension, hours, first, end);
            }
        });
        return counts;
    }

    /** The day documents of [first, end). */
    private void countDays(TrendDayCounts counts, TrendDimension dimension, boolean hours, LocalDate first,
                           LocalDate end) {
        List<String> ids = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            ids.add(TrendTally.documentId(TrendTally.ALL, day));
            if (dimension != null) {
                ids.add(TrendTally.documentId(dimension.name(), day));
            }
            if (hours) {
                ids.add(TrendTally.documentId(TrendTally.HOURS, day));
            }
        }
        for (Document stored : find(ids)) {
            String[] kindAndDay = stored.getString("_id").split("\\|", 2);
            LocalDate day = LocalDate.parse(kindAndDay[1]);
            if (kindAndDay[0].equals(TrendTally.ALL)) {
                counts.add(day, TrendTally.COMPLAINT, ((Number) stored.get("count")).longValue());
                for (TrendTally figure : List.of(TrendTally.RESOLVED_AT_STAGE_ONE, TrendTally.ESCALATED)) {
                    if (stored.get(figure.field()) instanceof Number count) {
                        counts.add(day, figure, count.longValue());
                    }
                }
                continue;
            }
            if (kindAndDay[0].equals(TrendTally.HOURS)) {
                countHours(counts, stored);
                continue;
            }
            Document byKey = stored.get("counts", Document.class);
            if (byKey == null) {
                continue;
            }
            byKey.forEach((key, labels) -> ((Document) labels).forEach((label, count) -> counts.add(day,
                    new TrendTally(dimension, TrendTally.unescape(key), TrendTally.unescape(label)),
                    ((Number) count).longValue())));
        }
    }

    private static void countHours(TrendDayCounts counts, Document stored) {
        for (String measure : List.of(TrendTally.TO_ACKNOWLEDGE, TrendTally.TO_RESOLVE)) {
            if (stored.get(measure) instanceof Document byCategory) {
                // read straight into the counts: a year holds as many entries as complaints, no tally built for each
                byCategory.forEach((category, byMillis) -> ((Document) byMillis).forEach((millis, count) ->
                        counts.addHours(measure, category, Long.parseLong(millis), ((Number) count).longValue())));
            }
        }
    }

    /** The facts received in [from, to), found through the ids their days' documents list. */
    private void countFacts(TrendDayCounts counts, TrendDimension dimension, boolean hours, Instant from, Instant to) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = TrendBuckets.londonDate(from); !day.isAfter(TrendBuckets.londonDate(to.minusNanos(1)));
                day = day.plusDays(1)) {
            days.add(TrendTally.documentId(TrendTally.RECEIVED, day));
        }
        List<Object> complaintIds = new ArrayList<>();
        for (Document received : find(days)) {
            complaintIds.addAll(received.getList("complaints", Object.class, List.of()));
        }
        if (complaintIds.isEmpty()) {
            return;
        }
        for (TrendFactDocument fact : mongo.find(new Query(Criteria.where("_id").in(complaintIds)),
                TrendFactDocument.class)) {
            if (fact.receivedAt != null && !fact.receivedAt.isBefore(from) && fact.receivedAt.isBefore(to)) {
                LocalDate day = TrendBuckets.londonDate(fact.receivedAt);
                TrendTally.of(fact).stream()
                        .filter(tally -> tally.document() != null ? hours
                                : tally.dimension() == null || tally.dimension() == dimension)
                        .forEach(tally -> counts.add(day, tally, 1));
            }
        }
    }

    private List<Document> find(List<String> ids) {
        return LondonDays.findByIds(mongo, TrendDayDocument.COLLECTION, ids);
    }
}
