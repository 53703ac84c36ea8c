package uk.co.welzo.klachten.api.dataprotection.subject;

/**
 * Asks for the complaints of a data subject, found by any of e-mail, phone or name through the blind index (UK GDPR
 * art. 15, R8.2); answered with a list of {@link SubjectComplaintSummary}. For the data-protection officer only.
 */
public record FindSubjectComplaints(SubjectIdentifiers person) {
}
