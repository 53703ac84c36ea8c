package uk.co.welzo.klachten.query.readmodel;

/**
 * What every read-model document written from a complaint's events carries: the aggregate sequence number of the
 * last event applied to it. An event at or below it has been applied already and changes nothing, which is what makes
 * every projection safe to replay, retry and redeliver. {@link ReadModelWriter} is the one place that checks it.
 */
public abstract class ProjectedDocument {

    /** The aggregate sequence number of the last event applied; -1 for a document no event has written yet. */
    public long lastSequence = -1;

    /** Whether an event with this sequence number has been applied to this document already. */
    public final boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }
}
