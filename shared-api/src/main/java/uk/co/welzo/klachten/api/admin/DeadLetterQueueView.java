package uk.co.welzo.klachten.api.admin;

import java.util.List;

/** A processing group's dead-letter queue: how many events and complaint sequences it holds, and each sequence. */
public record DeadLetterQueueView(String group, long size, int sequenceCount, List<DeadLetterSequenceView> sequences) {
}
