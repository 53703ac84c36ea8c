package uk.co.welzo.klachten.query.dataprotection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * The blind-index entries that find one complaint's complainant (R8.2): keyed HMACs of their normalised e-mail, phone
 * and name, never the values. Emptied when their personal data is erased, so nothing finds the person any more.
 */
@Document(SubjectIndexDocument.COLLECTION)
class SubjectIndexDocument extends ProjectedDocument {

    static final String COLLECTION = "subject_index";

    @Id
    String id;
    @Indexed
    List<String> entries = new ArrayList<>();
}
