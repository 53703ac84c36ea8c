package uk.co.welzo.klachten.query.search;

import java.util.Collection;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * Keeps the staff search: one entry per complaint and, beside them, the keys that find it (see {@link SearchKeys}).
 * The keys are written before the entry, so a crash between the two leaves the entry to be written again, and adding
 * a complaint to a key twice changes nothing.
 */
@Component
@ProcessingGroup("search")
class SearchProjection {

    private final ReadModelWriter<SearchEntryDocument> entries;

    SearchProjection(MongoTemplate mongo) {
        this.entries = ReadModelWriter.of(mongo, SearchEntryDocument.class);
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        String id = e.complaintId().value();
        SearchEntryDocument found = entries.find(id);
        if (found != null && found.hasApplied(sequence)) {
            return;
        }
        List<String> keys = keysOf(e);
        // one query for the keys of every complaint lodged in this batch
        entries.prefetchCompanions(SearchKeyDocument.class, complaintId -> keysOfLodgedInBatch(complaintId));
        for (String key : keys) {
            SearchKeyDocument holders = entries.findCompanion(SearchKeyDocument.class, key);
            if (holders == null) {
                holders = SearchKeyDocument.of(key);
            }
            if (holders.add(id)) {
                entries.saveCompanion(holders);
            }
        }
        entries.replace(id, sequence, () -> {
            Complainant complainant = e.complainant();
            SearchEntryDocument entry = new SearchEntryDocument();
            entry.id = id;
            entry.reference = e.reference().value();
            entry.name = complainant.name();
            entry.email = complainant.email();
            entry.phone = complainant.phone();
            entry.orderNumber = e.orderNumber();
            entry.category = e.category();
            entry.receivedAt = e.occurredAt();
            return entry;
        });
    }

    @EventHandler
    void on(ComplaintRecategorised e, @SequenceNumber long sequence) {
        entries.apply(e.complaintId().value(), sequence, entry -> entry.category = e.category());
    }

    /**
     * R8.2: the person is no longer found by name, e-mail, phone or order number: the complaint leaves those keys (a
     * key left finding nothing goes), and its entry keeps the reference and the facts with the person erased, as a
     * replay of the erased events builds it.
     */
    @EventHandler
    void on(PersonalDataErased e, @SequenceNumber long sequence) {
        String id = e.complaintId().value();
        SearchEntryDocument entry = entries.find(id);
        if (entry == null || entry.hasApplied(sequence)) {
            return;
        }
        List<String> before = entry.keys();
        entries.apply(entry, sequence, SearchEntryDocument::erasePersonalData);
        List<String> after = entry.keys();
        for (String key : before) {
            if (after.contains(key)) {
                continue;
            }
            SearchKeyDocument holders = entries.findCompanion(SearchKeyDocument.class, key);
            if (holders != null && holders.remove(id)) {
                if (holders.complaintIds.isEmpty()) {
                    entries.deleteCompanion(SearchKeyDocument.class, key);
                } else {
                    entries.saveCompanion(holders);
                }
            }
        }
    }

    @ResetHandler
    void reset() {
        entries.clear();
        entries.clearCompanion(SearchKeyDocument.class);
    }

    private Collection<String> keysOfLodgedInBatch(String complaintId) {
        return entries.payloadsOfBatch(ComplaintLodged.class).stream()
                .filter(lodged -> lodged.complaintId().value().equals(complaintId))
                .flatMap(lodged -> keysOf(lodged).stream())
                .toList();
    }

    private static List<String> keysOf(ComplaintLodged e) {
        Complainant complainant = e.complainant();
        return SearchKeys.of(complainant.name(), complainant.email(), complainant.phone(), e.orderNumber(),
                e.reference().value());
    }
}
