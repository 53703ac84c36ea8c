package uk.co.welzo.klachten.query.improvement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/** A complaint's reference number by its id, so an action's linked complaints show the number staff quote. */
@Document(ComplaintReferenceDocument.COLLECTION)
class ComplaintReferenceDocument extends ProjectedDocument {

    static final String COLLECTION = "improvement_complaint_references";

    @Id
    String id;
    String reference;
}
