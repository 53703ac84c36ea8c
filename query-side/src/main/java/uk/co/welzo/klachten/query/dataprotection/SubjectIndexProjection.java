package uk.co.welzo.klachten.query.dataprotection;

import java.util.ArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.platform.dataprotection.BlindIndex;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * Keeps the data-protection officer's subject index (R8.2, UK GDPR art. 15): per complaint, the blind-index entries of
 * its complainant's e-mail, phone and name. An erasure empties them, and a replay after it, whose texts are the
 * marker, makes none: either way the person is found by nothing.
 */
@Component
@ProcessingGroup(SubjectIndexProjection.GROUP)
class SubjectIndexProjection {

    static final String GROUP = "data-protection";

    private final ReadModelWriter<SubjectIndexDocument> index;
    private final BlindIndex blindIndex;

    SubjectIndexProjection(MongoTemplate mongo, BlindIndex blindIndex) {
        this.index = ReadModelWriter.of(mongo, SubjectIndexDocument.class);
        this.blindIndex = blindIndex;
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        Complainant complainant = e.complainant();
        index.replace(e.complaintId().value(), sequence, () -> {
            SubjectIndexDocument document = new SubjectIndexDocument();
            document.id = e.complaintId().value();
            document.entries = new ArrayList<>(BlindIndexEntries.of(blindIndex, complainant.email(), complainant.phone(),
                    complainant.name()).keySet());
            return document;
        });
    }

    @EventHandler
    void on(PersonalDataErased e, @SequenceNumber long sequence) {
        index.apply(e.complaintId().value(), sequence, document -> document.entries.clear());
    }

    @ResetHandler
    void reset() {
        index.clear();
    }
}
