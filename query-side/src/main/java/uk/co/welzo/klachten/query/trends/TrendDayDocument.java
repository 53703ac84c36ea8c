package uk.co.welzo.klachten.query.trends;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The complaints received on one London day, counted in advance by the trend projection so that the counts are read,
 * not scanned (#18). The collection holds three kinds of document, told apart by their id:
 * <ul>
 * <li>{@code COMPLAINTS|2026-03-02}: {@code count}, every complaint received that day;</li>
 * <li>{@code CATEGORY|2026-03-02} (one per {@code TrendDimension}): {@code counts.<key>.<label>}, how many of them
 * have that value now, by its grouping key and its spelling (see {@link TrendTally#field});</li>
 * <li>{@code RECEIVED|2026-03-02}: {@code complaints}, their ids, so that a range starting or ending within the day
 * reads only that day's facts.</li>
 * </ul>
 * Every read is by id ({@code $in}), so no secondary index is needed, on MongoDB or the in-process server. Written
 * with {@code $inc} and {@code $addToSet} upserts only; never read by the projection.
 */
@Document(TrendDayDocument.COLLECTION)
class TrendDayDocument {

    static final String COLLECTION = "trend_days";

    @Id
    String id;
}
