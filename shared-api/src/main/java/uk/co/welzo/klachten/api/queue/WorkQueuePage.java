package uk.co.welzo.klachten.api.queue;

import java.util.List;

/** One page of the work queue: the page number and size applied, and how many complaints match in all. */
public record WorkQueuePage(
        List<WorkQueueItemSummary> items,
        int page,
        int size,
        long total) {
}
