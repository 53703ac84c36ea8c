package uk.co.welzo.klachten.query.automation.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.platform.problem.Refused;
import uk.co.welzo.klachten.query.readmodel.Erasure;

/**
 * Sends the outbox's letters: claims one at a time with a lease, writes it from the case view, e-mails it (text and
 * HTML) and records it on the complaint (R3.3). Each letter's Message-ID and communication id derive from its key,
 * so a send repeated after a crash carries the same Message-ID and records the same communication, which the
 * aggregate takes as a retry. Without a mail server (no {@code spring.mail.host}) letters are held for staff.
 * A failed attempt waits with exponential backoff; after {@code max-attempts} the letter is parked with its error.
 */
@Component
public class LetterSender {

    /** How often a letter written ahead of its resolution looks again whether the resolution is recorded. */
    static final Duration AWAITING_RESOLUTION = Duration.ofSeconds(30);

    static final Actor CORRESPONDENCE = Actor.CORRESPONDENCE;
    private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

    private final Outbox outbox;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final LetterTemplates letters;
    private final StaffNotices notices;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final Clock clock;
    private final Settings settings;
    private final String owner = UUID.randomUUID().toString();

    /** The sender's configuration ({@code klachten.letters.*}). */
    record Settings(String from, int maxAttempts, Duration firstRetry, Duration maxRetry, Duration lease, int batchSize) {
    }

    @Autowired
    LetterSender(Outbox outbox, QueryGateway queries, CommandGateway commands, LetterTemplates letters,
                 StaffNotices notices, ObjectProvider<JavaMailSender> mailSenders, Clock clock,
                 @Value("${klachten.letters.from:customer.service@welzo.co.uk}") String from,
                 @Value("${klachten.letters.max-attempts:8}") int maxAttempts,
                 @Value("${klachten.letters.first-retry:PT1M}") Duration firstRetry,
                 @Value("${klachten.letters.max-retry:PT1H}") Duration maxRetry,
                 @Value("${klachten.letters.lease:PT2M}") Duration lease,
                 @Value("${klachten.letters.batch-size:50}") int batchSize) {
        this(outbox, queries, commands, letters, notices, mailSenders, clock,
                new Settings(from, maxAttempts, firstRetry, maxRetry, lease, batchSize));
    }

    LetterSender(Outbox outbox, QueryGateway queries, CommandGateway commands, LetterTemplates letters,
                 StaffNotices notices, ObjectProvider<JavaMailSender> mailSenders, Clock clock, Settings settings) {
        this.outbox = outbox;
        this.queries = queries;
        this.commands = commands;
        this.letters = letters;
        this.notices = notices;
        this.mailSenders = mailSenders;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sends the letters due now, one batch of at most {@code batch-size}; answers how many were sent and recorded. */
    public int sendDue() {
        return sendBatch().sent();
    }

    /**
     * Sends batch after batch while each claimed a whole {@code batch-size} of letters, for at most {@code budget}:
     * one batch every send interval took ten letters a second at most, and a busy desk (each e-mail lodge records two)
     * left its letters ever further behind. The budget leaves the scheduler's other work its turn. Answers how many
     * letters were claimed.
     */
    public int sendAllDue(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        int claimed = 0;
        Batch batch;
        do {
            batch = sendBatch();
            claimed += batch.claimed();
        } while (batch.claimed() >= settings.batchSize() && System.nanoTime() < end);
        return claimed;
    }

    /** What one batch did: letters claimed, and of those sent and recorded. */
    private record Batch(int claimed, int sent) {
    }

    private Batch sendBatch() {
        Instant now = clock.instant();
        JavaMailSender mail = mailSenders.getIfAvailable();
        if (mail == null) {
            int[] held = {0};
            int claimed = holdDue(now, held);
            if (held[0] > 0) {
                log.info("{} letter(s) held in the outbox: no mail server is configured (spring.mail.host)", held[0]);
            }
            return new Batch(claimed, 0);
        }
        int sent = 0;
        int claims = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            Optional<OutboxEntry> claimed = outbox.claim(now, settings.lease(), owner);
            if (claimed.isEmpty()) {
                break;
            }
            claims++;
            if (deliver(claimed.get(), mail, now)) {
                sent++;
            }
        }
        return new Batch(claims, sent);
    }

    /**
     * Without a mail server: each letter due is held for staff to read, except one to a complainant without an e-mail
     * address, which waits for the post room as it would with a mail server; counts the held in {@code held[0]} and
     * answers how many were claimed.
     */
    private int holdDue(Instant now, int[] held) {
        int claims = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            Optional<OutboxEntry> claimed = outbox.claimNew(now, settings.lease(), owner);
            if (claimed.isEmpty()) {
                break;
            }
            claims++;
            OutboxEntry entry = claimed.get();
            Optional<ComplaintView> view = OutgoingLetter.caseView(queries, entry);
            if (view.isEmpty() || view.get().version() < entry.sequence) {
                outbox.update(entry, new Update().set("state", LetterState.PENDING).set("leaseUntil", Instant.EPOCH)
                        .set("nextAttemptAt", now.plusSeconds(1)));
                continue;
            }
            if (erased(entry, view.get())) {
                continue;
            }
            if (awaitsResolution(entry, view.get())) {
                waitForResolution(entry, now);
                continue;
            }
            if (entry.notice == null && !Text.hasText(view.get().complainant().email())) {
                outbox.update(entry, new Update().set("state", LetterState.NEEDS_POST).set("leaseUntil", Instant.EPOCH)
                        .set("reference", view.get().reference()));
                continue;
            }
            Update hold = new Update().set("state", LetterState.HELD).set("leaseUntil", Instant.EPOCH)
                    .set("reference", view.get().reference());
            if (entry.notice != null) {
                hold.set("recipient", notices.recipient(entry, view.get())); // so the console shows it to them
            }
            if (outbox.update(entry, hold)) {
                held[0]++;
            }
        }
        return claims;
    }

    /**
     * A letter staff wrote before resolving the stage it ends (R3.3: the resolution names it as the communication of
     * the findings) goes once that resolution is recorded, so it tells the outcome and, after stage 1, until when the
     * customer may escalate. Waiting for it is not a failed attempt: the letter never parks for it.
     */
    static boolean awaitsResolution(OutboxEntry entry, ComplaintView view) {
        return entry.notice == null
                && (entry.kind == LetterKind.STAGE_ONE_OUTCOME && view.status() == ComplaintStatus.UNDER_INVESTIGATION
                || entry.kind == LetterKind.FINAL_RESPONSE && view.status() == ComplaintStatus.UNDER_REVIEW);
    }

    /**
     * R8.2: a letter to a complainant whose personal data is erased is never written, whatever the outbox said when it
     * was claimed (the erasure may have come since); it is cancelled. Notices to staff still go.
     */
    private boolean erased(OutboxEntry entry, ComplaintView view) {
        if (entry.notice != null || (view.personalDataErasedAt() == null
                && !Erasure.isErased(view.complainant().email()) && !Erasure.isErased(view.complainant().name()))) {
            return false;
        }
        outbox.cancel(entry);
        log.info("{} for complaint {} cancelled: the complainant's personal data was erased", entry.what(),
                entry.complaintId);
        return true;
    }

    private void waitForResolution(OutboxEntry entry, Instant now) {
        outbox.update(entry, new Update().set("state", LetterState.PENDING).set("leaseUntil", Instant.EPOCH)
                .set("nextAttemptAt", now.plus(AWAITING_RESOLUTION)));
    }

    private boolean deliver(OutboxEntry entry, JavaMailSender mail, Instant now) {
        try {
            if (entry.sentAt == null && !send(entry, mail, now)) {
                return false;
            }
            if (entry.notice == null) {
                LetterRecord.record(commands, entry, CommunicationChannel.EMAIL, summary(entry), CORRESPONDENCE);
            }
            outbox.update(entry, new Update().set("state", LetterState.SENT).set("leaseUntil", Instant.EPOCH)
                    .unset("lastError"));
            log.info("{} for complaint {} sent{} ({})", entry.what(), entry.complaintId,
                    entry.notice == null ? " and recorded" : "", entry.messageId);
            return true;
        } catch (Refused | MailPreparationException | StaffNotices.NoAddress permanent) {
            park(entry, permanent);
            return false;
        } catch (RuntimeException failed) {
            retryLater(entry, now, failed);
            return false;
        }
    }

    /** Writes and e-mails the letter or notice; false when it cannot be written yet or ever by e-mail. */
    private boolean send(OutboxEntry entry, JavaMailSender mail, Instant now) {
        Optional<ComplaintView> view = OutgoingLetter.caseView(queries, entry);
        if (view.isEmpty() || view.get().version() < entry.sequence) {
            if (entry.recordedAt.plus(settings.maxRetry()).isBefore(now)) {
                // a view that lags this long is stuck (a dead-lettered event, say): count it, so it ends parked
                throw new IllegalStateException("the case view has not caught up with event " + entry.eventId
                        + " since " + entry.recordedAt);
            }
            // the case view has not caught up with the event yet: not a failure, look again shortly
            outbox.update(entry, new Update().set("state", LetterState.PENDING).set("leaseUntil", Instant.EPOCH)
                    .set("nextAttemptAt", now.plusSeconds(1)));
            return false;
        }
        if (erased(entry, view.get())) {
            return false;
        }
        if (awaitsResolution(entry, view.get())) {
            waitForResolution(entry, now);
            return false;
        }
        if (entry.reference == null) {
            entry.reference = view.get().reference();
            outbox.update(entry, new Update().set("reference", entry.reference));
        }
        if (entry.notice != null) {
            // whom the notice is for, by user name, as it goes: the console lists a person's notices by it
            String user = notices.recipient(entry, view.get());
            if (!user.equals(entry.recipient)) {
                entry.recipient = user;
                outbox.update(entry, new Update().set("recipient", user));
            }
        }
        Optional<Envelope> envelope = entry.notice != null ? Optional.of(notices.write(entry, view.get()))
                : letter(entry, view.get());
        if (envelope.isEmpty()) {
            return false;
        }
        if (entry.messageId == null) {
            entry.messageId = messageId(entry.id, settings.from());
        }
        entry.templateVersion = envelope.get().templateVersion();
        if (!outbox.update(entry, new Update().set("messageId", entry.messageId)
                .set("templateVersion", entry.templateVersion))) {
            log.warn("{} for complaint {}: lease lost before sending, left to its new holder", entry.what(),
                    entry.complaintId);
            return false;
        }
        mail.send(message(mail, envelope.get(), entry.messageId));
        entry.sentAt = clock.instant();
        outbox.update(entry, new Update().set("sentAt", entry.sentAt));
        return true;
    }

    /** The letter to the complainant's address; empty, and marked for the post, when they gave none. */
    private Optional<Envelope> letter(OutboxEntry entry, ComplaintView view) {
        String email = view.complainant().email();
        if (Erasure.isErased(email)) {
            throw new IllegalStateException("the complainant's address is erased"); // never mailed; erased() cancels first
        }
        if (!Text.hasText(email)) {
            outbox.update(entry, new Update().set("state", LetterState.NEEDS_POST).set("leaseUntil", Instant.EPOCH));
            return Optional.empty();
        }
        LetterPreview letter = OutgoingLetter.write(letters, entry, view);
        return Optional.of(new Envelope(email.strip(), letter.subject(), letter.text(), letter.html(),
                letter.templateVersion()));
    }

    private MimeMessage message(JavaMailSender mail, Envelope letter, String messageId) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, letter.html() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(letter.to());
            helper.setSubject(letter.subject());
            if (letter.html() != null) {
                helper.setText(letter.text(), letter.html());
            } else {
                helper.setText(letter.text());
            }
            // JavaMailSenderImpl keeps a Message-ID set before sending: every attempt of this letter carries this one
            message.setHeader("Message-ID", messageId);
            return message;
        } catch (MessagingException | IllegalArgumentException unwritable) {
            throw new MailPreparationException("the letter cannot be written as an e-mail: " + unwritable.getMessage(),
                    unwritable);
        }
    }

    /** What goes to one address: the subject, the text, the HTML (absent for a notice) and the template's version. */
    record Envelope(String to, String subject, String text, String html, String templateVersion) {
    }

    private void retryLater(OutboxEntry entry, Instant now, RuntimeException failed) {
        int attempts = entry.attempts + 1;
        if (attempts >= settings.maxAttempts()) {
            park(entry, failed);
            return;
        }
        Duration wait = backoff(attempts, settings.firstRetry(), settings.maxRetry());
        outbox.update(entry, new Update().set("state", LetterState.PENDING).set("attempts", attempts)
                .set("nextAttemptAt", now.plus(wait)).set("leaseUntil", Instant.EPOCH).set("lastError", error(failed)));
        log.warn("{} for complaint {}: attempt {} failed, next in {}: {}", entry.what(), entry.complaintId,
                attempts, wait, error(failed));
    }

    private void park(OutboxEntry entry, RuntimeException failed) {
        outbox.update(entry, new Update().set("state", LetterState.PARKED).set("attempts", entry.attempts + 1)
                .set("leaseUntil", Instant.EPOCH).set("lastError", error(failed)));
        log.error("{} for complaint {} parked after {} attempt(s): {}", entry.what(), entry.complaintId,
                entry.attempts + 1, error(failed));
    }

    /** {@code first}, doubled at each further attempt, at most {@code max}. */
    static Duration backoff(int attempts, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    static String summary(OutboxEntry entry) {
        return entry.kind + " letter e-mailed to the customer at " + entry.sentAt + " (template " + entry.templateVersion
                + ", Message-ID " + entry.messageId + ")";
    }

    static String messageId(String key, String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "klachten.invalid" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<letter-" + LetterRecord.digest(key) + "@" + domain + ">";
    }

    private static String error(RuntimeException failed) {
        return MailErrors.describe(failed);
    }
}
