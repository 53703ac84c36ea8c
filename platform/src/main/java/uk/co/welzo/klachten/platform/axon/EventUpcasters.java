package uk.co.welzo.klachten.platform.axon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

/**
 * The upcaster chain, in the order it runs (Axon takes every upcaster bean, in {@link Order}): first events stored
 * before revisions existed become revision 1, then each change to a released event, one link per revision. Add a change
 * here with the next order number; the README says how ("Changing an event"), and {@code PreviousReleaseEventsTest}
 * reads the previous releases' stored forms through this chain.
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcasters {

    /** Events stored before they had revisions are revision 1, unchanged. */
    @Bean
    @Order(0)
    public FirstRevisionUpcaster firstRevisionUpcaster() {
        return new FirstRevisionUpcaster();
    }

    /** Issue #16 (R2.2): the acknowledgement records the reference number it gave; older ones did not say. */
    @Bean
    @Order(10)
    public AddedFieldsUpcaster acknowledgementGivesItsReference() {
        return new AddedFieldsUpcaster(ComplaintAcknowledged.class, "1", "2", "reference");
    }

    /**
     * Issue #16 (R3.3, R4.2): a resolution names the communication that told the customer the findings, its channel,
     * and at stage 2 the manager's review; older ones recorded none of them.
     */
    @Bean
    @Order(20)
    public AddedFieldsUpcaster resolutionNamesHowTheFindingsWereTold() {
        return new AddedFieldsUpcaster(ComplaintResolved.class, "1", "2", "findingsCommunicatedIn", "findingsChannel",
                "review");
    }

    /** Issue #16 (R4.2): an escalation is forwarded to the manager's user name; older ones named a display name only. */
    @Bean
    @Order(30)
    public AddedFieldsUpcaster forwardNamesTheManagersUserName() {
        return new AddedFieldsUpcaster(EscalationAcknowledged.class, "1", "2", "departmentManager.userName");
    }
}
