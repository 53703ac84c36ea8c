package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * A link of the upcaster chain after {@link FirstRevisionUpcaster}: one event type from one revision to the next, on
 * the stored JSON, so that each upcaster names exactly the form it reads. Ordered after the first link, which turns an
 * event stored without a revision into revision 1 before these read it.
 */
public abstract class NextRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    protected NextRevisionUpcaster(String eventType, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(FirstRevisionUpcaster.EVENTS + eventType, fromRevision);
        this.to = new SimpleSerializedType(FirstRevisionUpcaster.EVENTS + eventType, toRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, stored -> {
            ObjectNode next = ((ObjectNode) stored).deepCopy();
            upcast(next);
            return next;
        });
    }

    /** Turns a copy of the previous revision's JSON into the next revision's. */
    protected abstract void upcast(ObjectNode event);
}
