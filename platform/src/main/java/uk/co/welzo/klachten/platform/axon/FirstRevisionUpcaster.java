package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * The first link of the upcaster chain: an event the service stored before its events had revisions (no revision) is
 * revision 1, unchanged. Every later change to an event raises its {@code @Revision} and adds an upcaster from the
 * revision before, so each upcaster can name exactly the form it reads. The stored rows are never rewritten: the chain
 * runs as events are read, and the tamper-evident chain hashes what was stored.
 */
public class FirstRevisionUpcaster extends SingleEventUpcaster {

    /** The package of every stored event type. */
    static final String EVENTS = "uk.co.welzo.klachten.api.";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getRevision() == null
                && representation.getType().getName().startsWith(EVENTS);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "1"),
                JsonNode.class, Function.identity());
    }
}
