package uk.co.welzo.klachten.query.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The complaints one search key finds, newest lodged last. A key shared by very many complaints (the start of a
 * common name) keeps only the latest {@value #MAX_COMPLAINTS} and says it has dropped some: staff type more.
 */
@Document(SearchKeyDocument.COLLECTION)
class SearchKeyDocument {

    static final String COLLECTION = "search_keys";
    static final int MAX_COMPLAINTS = 50;

    @Id
    String id;
    List<String> complaintIds = new ArrayList<>();
    boolean truncated;

    static SearchKeyDocument of(String key) {
        SearchKeyDocument document = new SearchKeyDocument();
        document.id = key;
        return document;
    }

    /** Adds the complaint (idempotent); answers whether the document changed. */
    boolean add(String complaintId) {
        if (complaintIds.contains(complaintId)) {
            return false;
        }
        complaintIds.add(complaintId);
        if (complaintIds.size() > MAX_COMPLAINTS) {
            complaintIds.remove(0);
            truncated = true;
        }
        return true;
    }

    /** Takes the complaint away (idempotent); answers whether the document changed. */
    boolean remove(String complaintId) {
        return complaintIds.remove(complaintId);
    }
}
