package uk.co.welzo.klachten.query.readmodel;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reading counts kept per London day (#18): a range split into the whole days a day's document answers for and the
 * parts of days at its ends, which are read item by item; and the days' documents read by id, a thousand at a time.
 */
public final class LondonDays {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int IDS_PER_QUERY = 1_000;

    private LondonDays() {
    }

    /** What a range is read as. */
    public interface Reader {

        /** A range within one day, [from, to): a part of a day at an end of the range, or the whole range. */
        void partOfDay(Instant from, Instant to);

        /** The whole London days [first, end). */
        void wholeDays(LocalDate first, LocalDate end);
    }

    /** Reads [from, to) as its whole London days and the parts of days at its ends, each once, in order. */
    public static void read(Instant from, Instant to, Reader reader) {
        LocalDate first = LocalDate.ofInstant(from, LONDON);
        if (startOf(first).isBefore(from)) {
            first = first.plusDays(1);
        }
        LocalDate end = LocalDate.ofInstant(to, LONDON);
        if (!first.isBefore(end)) {
            reader.partOfDay(from, to);
            return;
        }
        if (from.isBefore(startOf(first))) {
            reader.partOfDay(from, startOf(first));
        }
        reader.wholeDays(first, end);
        if (startOf(end).isBefore(to)) {
            reader.partOfDay(startOf(end), to);
        }
    }

    /** The documents of a collection with these ids, read a thousand ids at a time. */
    public static List<Document> findByIds(MongoTemplate mongo, String collection, List<String> ids) {
        List<Document> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
            mongo.getCollection(collection)
                    .find(Filters.in("_id", ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY))))
                    .into(found);
        }
        return found;
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }
}
