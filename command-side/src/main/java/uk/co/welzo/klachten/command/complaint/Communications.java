package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;

/**
 * The communications recorded with the customer, by communication id, and their idempotency rule
 * (R3.3): a communication id names one communication, so the same one again is a retry that
 * changes nothing and different details under it are refused. A deadline extension records its
 * letter under a communication id too, so its retry is recognised here as well. Immutable, so the
 * aggregate's event-sourcing handlers only assign the next value.
 */
record Communications(Map<String, CustomerCommunicationRecorded> byId) {

    static final Communications NONE = new Communications(Map.of());

    Communications {
        byId = Map.copyOf(byId);
    }

    /** Whether to record: false for a retry of the same communication; different details under its id are refused. */
    boolean isNew(String communicationId, CommunicationChannel channel, Direction direction, String summary) {
        CustomerCommunicationRecorded earlier = byId.get(communicationId);
        if (earlier == null) {
            return true;
        }
        if (earlier.channel() == channel && earlier.direction() == direction && earlier.summary().equals(summary)) {
            return false;
        }
        throw ComplaintRuleBroken.of(ErrorCode.COMMUNICATION_ID_ALREADY_USED, communicationId);
    }

    /**
     * Whether to extend: false for a retry, which asks for the date already in force (the first
     * attempt moved it there) and repeats the letter; anything else under a used id is refused.
     */
    boolean isNewExtension(String communicationId, CommunicationChannel channel, String summary, Instant newDue,
            Instant currentDue) {
        CustomerCommunicationRecorded earlier = byId.get(communicationId);
        if (earlier == null) {
            return true;
        }
        if (newDue.equals(currentDue) && earlier.channel() == channel && earlier.summary().equals(summary)) {
            return false;
        }
        throw ComplaintRuleBroken.of(ErrorCode.COMMUNICATION_ID_ALREADY_USED, communicationId);
    }

    Communications recorded(CustomerCommunicationRecorded event) {
        Map<String, CustomerCommunicationRecorded> next = new HashMap<>(byId);
        next.put(event.communicationId().value(), event);
        return new Communications(next);
    }
}
