package uk.co.welzo.klachten.query.automation.acknowledgement;

import java.util.EnumSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/**
 * R2: acknowledges by e-mail, at once, a complaint that came by the web form or by e-mail with an address to write to.
 * With the policy off ({@code klachten.acknowledgement.automatic=false}) the group does not exist, so it reads no
 * events either. The aggregate decides: staff who were faster, or the same event delivered again, make it
 * refuse, which is logged and is the end of it; any other failure fails the event, which the group's dead-letter queue
 * keeps for a retry. A replay acknowledges nothing; the reset handler only lets "replay all" include this group.
 */
@Component
@ProcessingGroup(AutomaticAcknowledgement.GROUP)
@ConditionalOnProperty(name = AutomaticAcknowledgement.POLICY, havingValue = "true", matchIfMissing = true)
class AutomaticAcknowledgement {

    static final String GROUP = "automatic-acknowledgement";
    static final String POLICY = "klachten.acknowledgement.automatic";
    static final Actor ACTOR = new Actor(GROUP);
    private static final Logger log = LoggerFactory.getLogger(AutomaticAcknowledgement.class);
    private static final Set<Channel> WRITTEN_CHANNELS = EnumSet.of(Channel.WEB_FORM, Channel.EMAIL);
    /** Refusals saying the complaint is past waiting for its acknowledgement. */
    private static final Set<ErrorCode> NO_LONGER_WAITING = EnumSet.of(ErrorCode.COMPLAINT_ALREADY_ACKNOWLEDGED,
            ErrorCode.COMPLAINT_ALREADY_CLOSED, ErrorCode.COMPLAINT_WITHDRAWN);

    private final CommandsOffTheProcessorThread commands;

    AutomaticAcknowledgement(CommandsOffTheProcessorThread commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(ComplaintLodged e) {
        if (!WRITTEN_CHANNELS.contains(e.channel()) || Text.isBlank(e.complainant().email())) {
            return;
        }
        // no occurredAt: the aggregate dates the acknowledgement by its own clock, never the query side's
        AcknowledgeComplaint acknowledge = new AcknowledgeComplaint(e.complaintId(), CommunicationChannel.EMAIL, null,
                ACTOR);
        try {
            commands.sendAndWait(acknowledge);
            log.info("Complaint {} (lodged by {}) acknowledged automatically", e.complaintId(), e.channel());
        } catch (CommandExecutionException refused) {
            ErrorCode code = refused.getDetails().filter(ErrorDetail.class::isInstance).map(ErrorDetail.class::cast)
                    .map(ErrorDetail::code).orElse(null);
            if (!NO_LONGER_WAITING.contains(code)) {
                throw refused;
            }
            log.info("Complaint {} not acknowledged automatically, it no longer waits for it: {}", e.complaintId(),
                    code);
        }
    }

    @ResetHandler
    void reset() {
        log.info("Processing group '{}' reset: replayed events acknowledge nothing", GROUP);
    }
}
