package uk.co.welzo.klachten.api;

/** Why a command or query was refused: a stable code and a sentence for people. Crosses the bus as exception details. */
public record ErrorDetail(ErrorCode code, String message) {
}
