package uk.co.welzo.klachten.platform.problem;

/** One rejected input in a problem's {@code errors} list: where (a JSON path or parameter name) and why. */
public record InvalidField(String field, String message) {
}
