package uk.co.welzo.klachten.api.admin;

import java.util.List;

/** One complaint's parked events in a processing group, oldest first: the first failed, the rest wait behind it. */
public record DeadLetterSequenceView(String sequenceId, int size, List<DeadLetterView> letters) {
}
