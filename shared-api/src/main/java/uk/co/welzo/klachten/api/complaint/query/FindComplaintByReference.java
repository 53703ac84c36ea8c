package uk.co.welzo.klachten.api.complaint.query;

import uk.co.welzo.klachten.api.ReferenceNumber;

/** Find one complaint's case view by its reference number. */
public record FindComplaintByReference(
        ReferenceNumber reference) {
}
