package uk.co.welzo.klachten.api.queue;

/** A live update of the work queue: one complaint's row as it now stands, or null when it left the queue or no longer matches the subscriber's filters. */
public record WorkQueueChange(
        String complaintId,
        WorkQueueItemSummary item) {
}
