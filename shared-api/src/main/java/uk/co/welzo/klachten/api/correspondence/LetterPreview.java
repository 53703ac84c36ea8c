package uk.co.welzo.klachten.api.correspondence;

/**
 * A letter as it would be sent: its subject (one line), plain text and HTML bodies, the version of the template that
 * wrote it (for the event that will record the letter sent) and the language it is in.
 */
public record LetterPreview(
        LetterKind kind,
        String subject,
        String text,
        String html,
        String templateVersion,
        String language) {
}
