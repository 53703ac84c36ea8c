package uk.co.welzo.klachten.api.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Category;

/** Change the category during investigation; the old one stays in the record (R1.2). */
public record RecategoriseComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Category category,
        String reason,
        Actor actor) {
}
