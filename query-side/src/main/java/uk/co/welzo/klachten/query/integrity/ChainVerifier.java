package uk.co.welzo.klachten.query.integrity;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import uk.co.welzo.klachten.api.audit.ChainBreak;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/**
 * Walks a complaint's stored events from sequence 0: each must sit at the next sequence number,
 * link to the hash its predecessor ended with, and still produce its own hash. The first event that
 * does not is reported: an altered event fails its hash, a removed one leaves a gap, a moved one
 * links to the wrong predecessor. Removing the newest events leaves a shorter chain that is still
 * whole: the head hash returned here is what an auditor keeps to detect that later.
 */
final class ChainVerifier {

    private ChainVerifier() {
    }

    static ChainVerification verify(String complaintId, List<DomainEventMessage<?>> events, SubjectKeys keys) {
        String previous = EventChain.GENESIS;
        long expected = 0;
        int erased = 0;
        for (DomainEventMessage<?> event : events) {
            if (event.getSequenceNumber() != expected) {
                return broken(complaintId, expected, erased, new ChainBreak(expected, null,
                        "the event with sequence " + expected + " is missing (the next stored event has sequence "
                                + event.getSequenceNumber() + ")"));
            }
            EventChain.Check check;
            try {
                check = EventChain.verify(previous, event, keys);
            } catch (RuntimeException unreadable) {
                check = new EventChain.Broken("the stored event is unreadable");
            }
            if (check instanceof EventChain.Broken broken) {
                return broken(complaintId, expected, erased,
                        new ChainBreak(expected, event.getIdentifier(), broken.reason()));
            }
            EventChain.Intact intact = (EventChain.Intact) check;
            previous = intact.hash();
            erased += intact.erasedFields();
            expected++;
        }
        return new ChainVerification(complaintId, true, (int) expected, erased, previous, null);
    }

    private static ChainVerification broken(String complaintId, long checked, int erased, ChainBreak at) {
        return new ChainVerification(complaintId, false, (int) checked, erased, null, at);
    }
}
