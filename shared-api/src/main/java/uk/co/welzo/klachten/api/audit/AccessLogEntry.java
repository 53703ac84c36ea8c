package uk.co.welzo.klachten.api.audit;

import java.time.Instant;

/** One read of a complaint's details or history (R8.1, R8.2): who, when, what, from where. */
public record AccessLogEntry(
        Instant at,
        String user,
        String complaintId,
        String reference,
        String endpoint,
        String path,
        String clientAddress,
        String forwardedFor,
        String userAgent) {
}
