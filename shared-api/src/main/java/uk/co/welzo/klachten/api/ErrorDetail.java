package uk.co.welzo.klachten.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a command or query was refused: a stable code, a sentence for people and, for bad input, the
 * field at fault (its JSON path in the request, e.g. {@code occurredAt}). Crosses the bus as
 * exception details; {@code field} is optional both ways, so a detail without it (from a service
 * not yet updated) still reads, and a service not yet updated ignores it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(ErrorCode code, String message, String field) {

    @JsonCreator
    public ErrorDetail {
    }

    public ErrorDetail(ErrorCode code, String message) {
        this(code, message, null);
    }
}
