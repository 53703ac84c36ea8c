package uk.co.welzo.klachten.api.audit;

import uk.co.welzo.klachten.api.ComplaintId;

/** Asks whether a complaint's stored events still form their unbroken hash chain. */
public record VerifyEventChain(ComplaintId complaintId) {
}
