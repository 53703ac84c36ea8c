package uk.co.welzo.klachten.api.audit;

/**
 * Asks the access log to record one read of a complaint by a client that is not the HTTP API (the auditors' pages),
 * answered with true once the entry is written, so the reader is shown nothing before the read is logged (R8.2). A
 * query, not a command: the access log belongs to the query side and is no part of any aggregate's history.
 */
public record RecordCaseRead(AccessLogEntry entry) {

    public RecordCaseRead {
        if (entry == null || entry.at() == null || entry.user() == null || entry.complaintId() == null) {
            throw new IllegalArgumentException("a read is recorded with its time, its reader and its complaint");
        }
    }
}
