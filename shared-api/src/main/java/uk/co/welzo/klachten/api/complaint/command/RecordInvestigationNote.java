package uk.co.welzo.klachten.api.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** Record a note made while investigating (R3.1). */
public record RecordInvestigationNote(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String note,
        Actor actor) {
}
