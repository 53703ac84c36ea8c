package uk.co.welzo.klachten.query.dataprotection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;
import uk.co.welzo.klachten.platform.dataprotection.BlindIndex;

/** Looks a person up in the subject index: the complaints any of their identifiers finds, and by which. */
@Component
class SubjectIndex {

    private final MongoTemplate mongo;
    private final BlindIndex blindIndex;

    SubjectIndex(MongoTemplate mongo, BlindIndex blindIndex) {
        this.mongo = mongo;
        this.blindIndex = blindIndex;
    }

    /** Complaint id to the kinds of identifier that found it (email, phone, name), in complaint-id order. */
    Map<String, List<String>> find(SubjectIdentifiers person) {
        Map<String, String> wanted = BlindIndexEntries.of(blindIndex, person.email(), person.phone(), person.name());
        Map<String, List<String>> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (SubjectIndexDocument document : mongo.find(query(where("entries").in(wanted.keySet()))
                .with(Sort.by("_id")), SubjectIndexDocument.class)) {
            TreeSet<String> kinds = new TreeSet<>();
            document.entries.stream().filter(wanted::containsKey).map(wanted::get).forEach(kinds::add);
            found.put(document.id, new ArrayList<>(kinds));
        }
        return found;
    }
}
