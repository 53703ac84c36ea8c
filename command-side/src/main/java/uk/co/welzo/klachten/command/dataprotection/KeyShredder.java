package uk.co.welzo.klachten.command.dataprotection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;

/**
 * Crypto-shredding (R8.2): once a {@link PersonalDataErased} is stored, the complainant's key is erased from the key
 * store, and with it every text of theirs in the event store, the dead letters and any backup of either. The event is
 * the record; this processor carries it out, and carries it out again after a restart or a replay (erasing an erased
 * key changes nothing). So a key store restored from a backup older than an erasure loses that key again as soon as
 * this processing group reads the events from the start (reset it after a restore; in the distributed stack, where its
 * position is kept in memory, every start does so).
 */
@Component
@ProcessingGroup(KeyShredder.GROUP)
class KeyShredder {

    static final String GROUP = "key-shredding";
    private static final Logger log = LoggerFactory.getLogger(KeyShredder.class);

    private final SubjectKeys keys;

    KeyShredder(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.erase(event.complaintId().value(), event.recordedAt());
        log.info("Erased the data subject key of complaint {} (ground {})", event.complaintId(), event.ground());
    }
}
