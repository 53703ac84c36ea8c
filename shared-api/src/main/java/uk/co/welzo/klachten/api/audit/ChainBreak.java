package uk.co.welzo.klachten.api.audit;

/** Where a hash chain breaks: the stored event at that position (or the sequence expected there) and why. */
public record ChainBreak(
        long sequence,
        String eventIdentifier,
        String reason) {
}
