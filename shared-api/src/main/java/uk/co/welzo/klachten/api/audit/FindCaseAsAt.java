package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import uk.co.welzo.klachten.api.ComplaintId;

/** Asks for a complaint's state as it stood at an instant, rebuilt from its events. */
public record FindCaseAsAt(ComplaintId complaintId, Instant at, AsAtBasis basis) {
}
