package uk.co.welzo.klachten.api.dataprotection.subject;

import java.time.Instant;
import java.util.List;

/** A subject-access export (UK GDPR art. 15): when and by whom it was made, and each complaint of the data subject. */
public record SubjectAccessExport(
        Instant exportedAt,
        String exportedBy,
        List<SubjectComplaintExport> complaints) {
}
