package uk.co.welzo.klachten.api.audit;

import uk.co.welzo.klachten.api.ComplaintId;

/** Asks for a complaint's full history, read straight from the event store. */
public record FindCaseHistory(ComplaintId complaintId) {
}
