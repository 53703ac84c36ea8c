package uk.co.welzo.klachten.api.correspondence;

import uk.co.welzo.klachten.api.ComplaintId;

/** The letters and staff notices of one complaint in the outbox, oldest first: a list of {@link OutboxItem}. */
public record FindLetters(ComplaintId complaintId) {
}
