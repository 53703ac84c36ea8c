package uk.co.welzo.klachten.api.complaint.command;

import java.util.Map;

/**
 * Asks that a command on an existing complaint be refused ({@code COMPLAINT_CHANGED}) unless the complaint is still at
 * this version: the sequence number of its last event, as the case view states it. Sent as the command's metadata
 * under {@link #KEY}, so every command can carry it without a field of its own.
 */
public record ExpectedVersion(long value) {

    public static final String KEY = "expectedVersion";

    public ExpectedVersion {
        if (value < 0) {
            throw new IllegalArgumentException("a version is a sequence number, 0 or more: " + value);
        }
    }

    /** The metadata that carries it. */
    public Map<String, Object> metaData() {
        return Map.of(KEY, value);
    }
}
