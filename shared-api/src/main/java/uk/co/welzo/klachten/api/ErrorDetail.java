package uk.co.welzo.klachten.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;

/**
 * Why a command or query was refused: a stable code, a sentence for people and, for bad input, the
 * field at fault (its JSON path in the request, e.g. {@code occurredAt}). Crosses the bus as
 * exception details; {@code field} is optional both ways, so a detail without it (from a service
 * not yet updated) still reads, and a service not yet updated ignores it.
 * {@code changes} goes with {@link ErrorCode#COMPLAINT_CHANGED}: what happened to the complaint after the
 * version the caller expected, as the case timeline tells it; optional the same way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(ErrorCode code, String message, String field, List<TimelineEntry> changes) {

    @JsonCreator
    public ErrorDetail {
        changes = changes == null ? null : List.copyOf(changes);
    }

    public ErrorDetail(ErrorCode code, String message, String field) {
        this(code, message, field, null);
    }

    public ErrorDetail(ErrorCode code, String message) {
        this(code, message, null);
    }
}
