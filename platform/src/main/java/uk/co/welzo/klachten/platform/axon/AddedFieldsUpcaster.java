package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * One link of the upcaster chain for the commonest change to an event: fields were added. It reads one type at one
 * revision and gives the next revision, with each added field present and null where the stored JSON has none, so the
 * form a reader gets names the revision it is and says plainly that the older release did not know the field. A field
 * inside an object is named by its path ({@code departmentManager.userName}); an object that is itself null or absent
 * stays so. Nothing stored is rewritten: the chain runs as events are read.
 */
public class AddedFieldsUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;
    private final List<String> fields;

    public AddedFieldsUpcaster(Class<?> eventType, String fromRevision, String toRevision, String... fields) {
        this.type = eventType.getName();
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.fields = List.of(fields);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return type.equals(representation.getType().getName())
                && fromRevision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, this::added);
    }

    JsonNode added(JsonNode stored) {
        if (!(stored instanceof ObjectNode object)) {
            return stored;
        }
        ObjectNode copy = object.deepCopy();
        for (String field : fields) {
            addNull(copy, field.split("\\."));
        }
        return copy;
    }

    private static void addNull(ObjectNode object, String[] path) {
        ObjectNode at = object;
        for (int i = 0; i < path.length - 1; i++) {
            if (!(at.get(path[i]) instanceof ObjectNode inner)) {
                return;
            }
            at = inner;
        }
        if (!at.has(path[path.length - 1])) {
            at.putNull(path[path.length - 1]);
        }
    }

    @Override
    public String toString() {
        return type.substring(type.lastIndexOf('.') + 1) + " " + fromRevision + "→" + toRevision + " adds " + fields;
    }
}
