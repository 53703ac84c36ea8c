package uk.co.welzo.klachten.query.automation.retention;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * One complaint's retention clock (R8.2): from when its personal data may be erased, whether a legal hold keeps it,
 * and whether it is erased already. Written once the complaint ends or is held; no personal data of its own.
 */
@Document(RetentionAlarmsDocument.COLLECTION)
class RetentionAlarmsDocument extends ProjectedDocument {

    static final String COLLECTION = "retention_alarms";

    /** The complaint's id. */
    @Id
    String id;
    /** When the complaint ended (closed or withdrawn); null while it runs. */
    Instant endedAt;
    /** From when the retention clock erases; null while the complaint runs. What the scan asks for. */
    @Indexed
    Instant eraseAfter;
    /** A legal hold is in force: the clock erases nothing, however late. */
    boolean held;
    boolean erased;

    static RetentionAlarmsDocument of(String complaintId) {
        RetentionAlarmsDocument document = new RetentionAlarmsDocument();
        document.id = complaintId;
        return document;
    }
}
