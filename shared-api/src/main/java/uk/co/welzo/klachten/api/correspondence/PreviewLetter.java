package uk.co.welzo.klachten.api.correspondence;

import uk.co.welzo.klachten.api.ComplaintId;

/**
 * Show the letter of {@code kind} to one complaint as it would be sent now: the template supplies the letterhead, the
 * case's facts and the procedure's words; staff write the case-specific part. {@code findings}, {@code remedy} (the
 * recorded remedy when absent), {@code progress} and {@code signposting} are free text, each optional except the
 * signposting of a final response (R4.5). {@code language} is {@code en} (the default when null) or {@code nl}.
 */
public record PreviewLetter(
        ComplaintId complaintId,
        LetterKind kind,
        String findings,
        String remedy,
        String progress,
        String signposting,
        String language) {
}
