package uk.co.welzo.klachten.api.audit;

/**
 * The result of checking a complaint's hash chain: intact, or the first event where it breaks.
 * erasedFields counts personal fields no longer readable whose recorded digests stood in for them.
 */
public record ChainVerification(
        String complaintId,
        boolean intact,
        int eventsChecked,
        int erasedFields,
        String headHash,
        ChainBreak firstBreak) {
}
