package uk.co.welzo.klachten.api.audit;

import uk.co.welzo.klachten.api.ReferenceNumber;

/** Asks the event store which complaint holds a reference number (its reservation event). */
public record FindComplaintIdByReference(ReferenceNumber reference) {
}
