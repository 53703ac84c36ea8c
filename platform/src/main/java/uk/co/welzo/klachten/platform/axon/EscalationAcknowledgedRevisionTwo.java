package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;

/**
 * {@code EscalationAcknowledged} revision 1 to 2 (issue #16, R4.2): revision 2 names the department manager by the user
 * name they sign in with. An escalation forwarded under revision 1 named the manager by display name only, so the user
 * name reads as null (the aggregate then lets any department manager or the head act on it).
 */
@Order(1)
public class EscalationAcknowledgedRevisionTwo extends NextRevisionUpcaster {

    public EscalationAcknowledgedRevisionTwo() {
        super("complaint.event.EscalationAcknowledged", "1", "2");
    }

    @Override
    protected void upcast(ObjectNode event) {
        JsonNode manager = event.get("departmentManager");
        if (manager instanceof ObjectNode named) {
            named.putNull("userName");
        }
    }
}
