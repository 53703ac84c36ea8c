package uk.co.welzo.klachten.api.dataprotection.subject;

/**
 * Asks for everything held about a data subject (UK GDPR art. 15, R8.2), answered with a {@link SubjectAccessExport};
 * {@code requestedBy} is the signed-in data-protection officer, written in the access log with every complaint read.
 */
public record ExportSubjectData(SubjectIdentifiers person, String requestedBy) {
}
