package uk.co.welzo.klachten.api.dataprotection.subject;

/**
 * What identifies a data subject for a subject-access search or export (UK GDPR art. 15, R8.2): an e-mail address, a
 * phone number, a name; at least one. Sent in a request body, never in a URL, so it stays out of access logs.
 */
public record SubjectIdentifiers(String email, String phone, String name) {
}
