package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** Record that the complaint was referred to an independent body (R7.1). */
public record RecordExternalReferral(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String body,
        Instant occurredAt,
        Actor actor) {
}
