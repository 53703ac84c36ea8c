package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.platform.problem.Refused;

/**
 * What staff do with the outbox by hand: print a letter (a complaint without an e-mail address is answered by post),
 * mark it posted, which records it on the complaint as a letter sent, and send a parked letter again. A posted
 * letter is told apart from an e-mailed one by having no Message-ID.
 */
@Component
class PostRoom {

    private static final Logger log = LoggerFactory.getLogger(PostRoom.class);

    private final Outbox outbox;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final LetterTemplates letters;
    private final LetterPdf pdf;
    private final Clock clock;

    PostRoom(Outbox outbox, QueryGateway queries, CommandGateway commands, LetterTemplates letters, LetterPdf pdf,
             Clock clock) {
        this.outbox = outbox;
        this.queries = queries;
        this.commands = commands;
        this.letters = letters;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The letter as the sender would write it now, printed. */
    PrintedLetter print(String key) {
        OutboxEntry entry = entry(key);
        ComplaintView view = caseView(entry);
        return new PrintedLetter(view.reference() + "-" + LetterTemplates.name(entry.kind) + ".pdf",
                pdf.print(OutgoingLetter.write(letters, entry, view)));
    }

    /** Records the posting on the complaint, once, and marks the letter sent; a letter posted already is answered as is. */
    OutboxEntry posted(String key, Actor who) {
        OutboxEntry entry = entry(key);
        if (wasPosted(entry)) {
            return entry;
        }
        if (entry.state != LetterState.NEEDS_POST) {
            throw Refused.of(ErrorCode.LETTER_NOT_AWAITING_POST, key, entry.state);
        }
        if (entry.sentAt == null) {
            String template = OutgoingLetter.write(letters, entry, caseView(entry)).templateVersion();
            outbox.notePosting(key, clock.instant(), template);
            entry = entry(key);
        }
        LetterRecord.record(commands, entry, CommunicationChannel.LETTER, summary(entry), who);
        if (outbox.markPosted(key)) {
            log.info("{} letter for complaint {} posted by {} and recorded", entry.kind, entry.complaintId, who);
        }
        return entry(key);
    }

    /** A parked letter back to the sender, due now, its attempts counted afresh. */
    OutboxEntry retry(String key, Actor who) {
        OutboxEntry parked = entry(key);
        if (!outbox.requeue(key, clock.instant())) {
            throw Refused.of(ErrorCode.LETTER_NOT_PARKED, key, entry(key).state);
        }
        log.info("{} letter for complaint {} sent again by {} after {} attempt(s); its last error was: {}", parked.kind,
                parked.complaintId, who, parked.attempts, parked.lastError);
        return entry(key);
    }

    static String summary(OutboxEntry entry) {
        return entry.kind + " letter posted to the customer at " + entry.sentAt + " (template " + entry.templateVersion
                + ")";
    }

    /** Sent without a Message-ID: it went by post, never by e-mail. */
    private static boolean wasPosted(OutboxEntry entry) {
        return entry.state == LetterState.SENT && entry.messageId == null;
    }

    private OutboxEntry entry(String key) {
        return outbox.find(key).orElseThrow(() -> Refused.of(ErrorCode.LETTER_NOT_FOUND, key));
    }

    private ComplaintView caseView(OutboxEntry entry) {
        return OutgoingLetter.caseView(queries, entry).orElseThrow(() -> new Refused(ErrorCode.COMPLAINT_NOT_FOUND,
                "no complaint has id " + entry.complaintId));
    }
}
