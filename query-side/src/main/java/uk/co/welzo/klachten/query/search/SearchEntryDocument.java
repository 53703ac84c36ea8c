package uk.co.welzo.klachten.query.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.search.ComplaintSearchHit;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * One complaint as the staff search shows it, with the keys it is found by (so they can be taken away again, as the
 * erasure of personal data will need). Personal data: read by staff only.
 */
@Document(SearchEntryDocument.COLLECTION)
class SearchEntryDocument extends ProjectedDocument {

    static final String COLLECTION = "search_entries";

    @Id
    String id;
    String reference;
    String name;
    String email;
    String phone;
    String orderNumber;
    Category category;
    Instant receivedAt;
    List<String> keys = new ArrayList<>();

    ComplaintSearchHit toHit(List<String> matchedOn) {
        return new ComplaintSearchHit(id, reference, name, email, phone, orderNumber, category, receivedAt, matchedOn);
    }
}
