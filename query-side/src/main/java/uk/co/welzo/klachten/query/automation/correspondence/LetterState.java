package uk.co.welzo.klachten.query.automation.correspondence;

/** Where a letter in the outbox is on its way to the customer. */
enum LetterState {
    /** Recorded, to be sent at {@code nextAttemptAt}: new, or waiting after a failed attempt. */
    PENDING,
    /** Claimed by one sender until its lease ends; a sender that died leaves it to be claimed again. */
    SENDING,
    /** No mail server is configured (the embedded default): kept for staff to read, sent once SMTP is set. */
    HELD,
    /** The complaint has no e-mail address: for the post room to print, post and mark posted (then {@link #SENT}). */
    NEEDS_POST,
    /** Failed {@code attempts} times: parked for an operator with the last error, never dropped. */
    PARKED,
    /** Sent and recorded on the complaint. */
    SENT,
    /** Never to be sent: the complainant's personal data was erased before it went (R8.2); {@code lastError} says so. */
    CANCELLED
}
