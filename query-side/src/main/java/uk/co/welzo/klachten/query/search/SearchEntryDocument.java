package uk.co.welzo.klachten.query.search;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.search.ComplaintSearchHit;
import uk.co.welzo.klachten.query.readmodel.Erasure;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * One complaint as the staff search shows it. The keys that find it are not kept here: {@link #keys()} derives them
 * from the same fields they were made from (so the erasure of personal data can take them away again). Personal
 * data: read by staff only.
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

    /** The keys this complaint is found by, as {@link SearchKeys} made them when it was lodged. */
    List<String> keys() {
        return SearchKeys.of(name, email, phone, orderNumber, reference);
    }

    /** R8.2: the person's name and contact details read as erased; the entry stays, found by its reference only. */
    void erasePersonalData() {
        name = Erasure.text(name);
        email = Erasure.text(email);
        phone = Erasure.text(phone);
        orderNumber = Erasure.text(orderNumber);
    }

    ComplaintSearchHit toHit(List<String> matchedOn) {
        return new ComplaintSearchHit(id, reference, name, email, phone, orderNumber, category, receivedAt, matchedOn);
    }
}
