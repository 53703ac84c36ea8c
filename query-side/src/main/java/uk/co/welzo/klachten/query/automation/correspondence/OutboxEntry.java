package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * One letter to send, keyed by its idempotency key (complaint, letter kind, the event that caused it). It holds no
 * body and none of the complainant's details: the sender writes the letter from the case view when it sends, so an
 * erased complainant is never mailed from here. A letter staff wrote a part of ({@code LetterWritten}) carries that
 * part (findings, remedy, signposting: free text that may be personal data, to be covered by erasure, #17) and the
 * communication id it is recorded under. Not a read model: no event rebuilds it, so it is never cleared by a reset.
 */
@Document(OutboxEntry.COLLECTION)
class OutboxEntry {

    static final String COLLECTION = "outbox";

    @Id
    String id;
    @Indexed
    String complaintId;
    /** The complaint's reference, for people reading the outbox: noted when the sender first looks the case up. */
    String reference;
    LetterKind kind;
    /** The identifier of the event that called for the letter. */
    String eventId;
    /** The complaint's version after that event: the case view must have caught up with it before the letter is written. */
    long sequence;
    LetterState state;
    /**
     * While the letter is new or being sent ({@code PENDING}, {@code SENDING}): {@link #order}, the order a service
     * without a mail server takes letters in; absent in every other state. A claim reads the range due by now along
     * this index and stops at the first it can take, instead of reading the whole outbox, which only grows.
     */
    @Indexed(unique = true, sparse = true)
    String newOrder;
    /** The same while the letter is new, being sent or held ({@code HELD} too): the order a mail server's sender takes. */
    @Indexed(unique = true, sparse = true)
    String dueOrder;
    int attempts;
    Instant recordedAt;
    Instant nextAttemptAt;
    /** Until when the sender that claimed it has it; {@link Instant#EPOCH} when nobody has. */
    Instant leaseUntil;
    String leaseOwner;
    String lastError;
    /** Set before the first send and kept: every attempt sends the same Message-ID, and the record names it. */
    String messageId;
    String templateVersion;
    /** When the SMTP server accepted it; set while the record on the complaint may still be missing. */
    Instant sentAt;
    /** The communication id staff chose for their letter; absent for the service's own, whose id derives from the key. */
    String communicationId;
    /** What staff wrote, for a letter they wrote a part of; absent otherwise. */
    String findings;
    String remedy;
    String signposting;
    /** {@code en} or {@code nl}; English when absent. */
    String language;
    /** For a notice to staff instead of a letter ({@link #kind} is then absent): what, to whom, and its details. */
    Notice notice;
    Notice.Recipient recipientRole;
    /** The user or manager the causing event names; absent when the case view's handler or the head is meant. */
    String recipient;
    /** Who took the step the notice tells of. */
    String by;
    /** The deadline a warning or a breach is about, and when it is (was) due. */
    DeadlineKind deadline;
    Instant due;

    static String key(String complaintId, LetterKind kind, String eventId) {
        return complaintId + ":" + kind + ":" + eventId;
    }

    static String key(String complaintId, Notice notice, Notice.Recipient to, String eventId) {
        return complaintId + ":" + notice + "-" + to + ":" + eventId;
    }

    /** The letter's kind or the notice's, for logs and lists. */
    String what() {
        return kind != null ? kind.name() : notice + " notice to " + recipientRole;
    }

    /** A notice to one member of staff, about the step of event {@code eventId}. */
    static OutboxEntry notice(String complaintId, Notice notice, Notice.Recipient to, String recipient, String by,
                              String eventId, long sequence, Instant now) {
        OutboxEntry entry = pending(key(complaintId, notice, to, eventId), complaintId, eventId, sequence, now);
        entry.notice = notice;
        entry.recipientRole = to;
        entry.recipient = recipient;
        entry.by = by;
        return entry;
    }

    /** The communication the letter is recorded as once sent. */
    CommunicationId recordAs() {
        return communicationId != null ? CommunicationId.of(communicationId) : LetterRecord.communicationId(id);
    }

    StaffPart staffPart() {
        return new StaffPart(findings, remedy, null, signposting);
    }

    Locale locale() {
        return "nl".equals(language) ? Locale.forLanguageTag("nl") : LetterTemplates.ENGLISH;
    }

    /** The letter staff wrote a part of, recorded from its {@code LetterWritten} event. */
    static OutboxEntry written(LetterWritten written, String eventId, long sequence, Instant now) {
        OutboxEntry entry = of(written.complaintId().value(), written.kind(), eventId, sequence, now);
        entry.communicationId = written.communicationId().value();
        entry.findings = written.findings();
        entry.remedy = written.remedy();
        entry.signposting = written.signposting();
        entry.language = written.language();
        return entry;
    }

    static OutboxEntry of(String complaintId, LetterKind kind, String eventId, long sequence, Instant now) {
        OutboxEntry entry = pending(key(complaintId, kind, eventId), complaintId, eventId, sequence, now);
        entry.kind = kind;
        return entry;
    }

    private static OutboxEntry pending(String key, String complaintId, String eventId, long sequence, Instant now) {
        OutboxEntry entry = new OutboxEntry();
        entry.id = key;
        entry.complaintId = complaintId;
        entry.eventId = eventId;
        entry.sequence = sequence;
        entry.state = LetterState.PENDING;
        entry.recordedAt = now;
        entry.nextAttemptAt = now;
        entry.newOrder = order(now, key);
        entry.dueOrder = entry.newOrder;
        entry.leaseUntil = Instant.EPOCH;
        return entry;
    }

    /**
     * {@code <nextAttemptAt in ms since the epoch, 19 digits>|<key>}: ordered as text as by time, then by key, and
     * unique. Letters are due from 1970 on, so the milliseconds are never negative.
     */
    static String order(Instant nextAttemptAt, String key) {
        return String.format("%019d|%s", nextAttemptAt.toEpochMilli(), key);
    }

    /** The upper bound, exclusive, of the orders of letters due by {@code now}. */
    static String dueBy(Instant now) {
        return String.format("%019d|", now.toEpochMilli() + 1);
    }
}
