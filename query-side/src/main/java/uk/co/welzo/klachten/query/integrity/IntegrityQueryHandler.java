package uk.co.welzo.klachten.query.integrity;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.api.audit.VerifyEventChain;
import uk.co.welzo.klachten.query.eventstore.CaseEvents;

/** Verifies a complaint's hash chain on the events as the store holds them. */
@Component
class IntegrityQueryHandler {

    private final CaseEvents events;
    private final SubjectKeys keys;

    IntegrityQueryHandler(CaseEvents events, SubjectKeys keys) {
        this.events = events;
        this.keys = keys;
    }

    @QueryHandler
    Optional<ChainVerification> handle(VerifyEventChain query) {
        var raw = events.raw(query.complaintId().value());
        return raw.isEmpty() ? Optional.empty() : Optional.of(ChainVerifier.verify(query.complaintId().value(), raw, keys));
    }
}
