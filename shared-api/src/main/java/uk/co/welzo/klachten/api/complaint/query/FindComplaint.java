package uk.co.welzo.klachten.api.complaint.query;

import uk.co.welzo.klachten.api.ComplaintId;

/** Find one complaint's case view by id. */
public record FindComplaint(
        ComplaintId complaintId) {
}
