package uk.co.welzo.klachten.api.improvement;

/** The problem an improvement action addresses: a kind and its value, never personal data (R6.3, R8.1). */
public record ProblemArea(
        ProblemKind kind,
        String value) {
}
