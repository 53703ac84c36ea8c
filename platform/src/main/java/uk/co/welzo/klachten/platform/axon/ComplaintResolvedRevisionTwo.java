package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;

/**
 * {@code ComplaintResolved} revision 1 to 2 (issue #16, R3.3, R4.2): revision 2 records which communication told the
 * customer the findings, its channel, and at stage 2 the manager's review. A resolution of revision 1 recorded none of
 * them, so they read as null: unknown, not "none was made".
 */
@Order(1)
public class ComplaintResolvedRevisionTwo extends NextRevisionUpcaster {

    public ComplaintResolvedRevisionTwo() {
        super("complaint.event.ComplaintResolved", "1", "2");
    }

    @Override
    protected void upcast(ObjectNode event) {
        event.putNull("findingsCommunicatedIn");
        event.putNull("findingsChannel");
        event.putNull("review");
    }
}
