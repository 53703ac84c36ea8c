package uk.co.welzo.klachten.api.dataprotection;

/**
 * Who asked for an erasure: a kind, never a name, so that the record of an erasure holds no personal data of its own.
 * The data-protection officer's own case reference ({@code requestReference}) ties it to their file.
 */
public enum Requester {
    /** The complainant themself. */
    DATA_SUBJECT,
    /** Someone acting for them (a solicitor, a relative with authority). */
    REPRESENTATIVE,
    /** The Information Commissioner's Office or a court. */
    REGULATOR,
    /** Nobody: the retention policy (the retention clock). */
    RETENTION_POLICY
}
