package uk.co.welzo.klachten.query.queue;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a closed or withdrawn complaint leaves behind when it leaves the queue: its id and closing sequence, so a
 * redelivered older event never brings it back (closing is final, so any later event for it is ignored too).
 */
@Document(QueueTombstone.COLLECTION)
class QueueTombstone {

    static final String COLLECTION = "work_queue_removed";

    @Id
    String id;
    long closedAtSequence;

    static QueueTombstone of(String complaintId, long closedAtSequence) {
        QueueTombstone tombstone = new QueueTombstone();
        tombstone.id = complaintId;
        tombstone.closedAtSequence = closedAtSequence;
        return tombstone;
    }
}
