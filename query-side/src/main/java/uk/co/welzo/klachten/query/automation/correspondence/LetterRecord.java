package uk.co.welzo.klachten.query.automation.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;

/**
 * A letter that went out, recorded on its complaint (R3.3) under the communication id staff gave it, else one derived
 * from its outbox key: a record repeated after a crash, with the same summary, is taken by the aggregate as a retry and
 * recorded once.
 */
final class LetterRecord {

    private LetterRecord() {
    }

    static void record(CommandGateway commands, OutboxEntry entry, CommunicationChannel channel, String summary,
                       Actor actor) {
        // no occurredAt: the aggregate's own now, never refused as in its future (another instance's clock) or
        // before a step staff took since the send; the summary tells when the letter went out
        commands.sendAndWait(new RecordCustomerCommunication(ComplaintId.of(entry.complaintId),
                entry.recordAs(), channel, Direction.OUTBOUND, summary, null, actor));
    }

    static CommunicationId communicationId(String key) {
        return CommunicationId.of("letter-" + digest(key));
    }

    static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
