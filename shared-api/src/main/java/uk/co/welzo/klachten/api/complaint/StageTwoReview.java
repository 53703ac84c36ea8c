package uk.co.welzo.klachten.api.complaint;

/**
 * The department manager's review that a stage-2 resolution states (R4.2): {@code summary} of their review of the
 * complaint and of the stage-1 resolution, and {@code furtherAction}, what further action they took (null or blank:
 * none). The aggregate requires the summary; the value reads whatever was stored.
 */
public record StageTwoReview(
        String summary,
        String furtherAction) {
}
