package uk.co.welzo.klachten.api.audit;

import java.time.Instant;

/** Asks who read which complaint when; every criterion optional, the period is [from, to). */
public record FindAccessLog(String complaintId, String user, Instant from, Instant to) {
}
