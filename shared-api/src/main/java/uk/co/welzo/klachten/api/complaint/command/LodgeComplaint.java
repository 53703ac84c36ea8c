package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;

/** Lodge a complaint received through a channel; receivedAt is when it actually arrived (null: now). */
public record LodgeComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Channel channel,
        Category category,
        Complainant complainant,
        String description,
        String orderNumber,
        String product,
        Instant receivedAt,
        Actor actor) {
}
