package uk.co.welzo.klachten.api.complaint.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * Send the customer a letter whose case-specific part staff wrote: the stage-1 outcome (the findings, R3.3) or the
 * final response (the findings and the signposting to independent advice, R4.5). The template supplies the rest; the
 * service sends it once and records it under {@code communicationId}. {@code remedy} replaces the recorded remedy in
 * the letter only; {@code language} is {@code en} (default) or {@code nl}. Once an escalation was forwarded, only the
 * reviewing manager or the head of customer service sends the final response (R4.2): hence the actor's roles.
 */
public record SendLetter(
        @TargetAggregateIdentifier ComplaintId complaintId,
        CommunicationId communicationId,
        LetterKind kind,
        String findings,
        String remedy,
        String signposting,
        String language,
        Actor actor,
        Set<Role> actorRoles) {
}
