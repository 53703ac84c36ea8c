package uk.co.welzo.klachten.query.automation.correspondence;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.EndpointRule.post;
import static uk.co.welzo.klachten.platform.security.Roles.ADMIN;
import static uk.co.welzo.klachten.platform.security.Roles.AGENT;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/**
 * A letter holds the customer's personal data: only the roles writing to customers, decided before the body is read;
 * the whole outbox is the head's and the operators', and so is sending a parked letter again.
 */
@Component
class LetterRules implements EndpointRules {

    static final String PREVIEW = "/api/complaints/{complaintId}/letters/{kind}/preview";
    static final String OF_COMPLAINT = "/api/complaints/{complaintId}/letters";
    static final String OUTBOX = "/api/outbox";
    static final String PRINTED = "/api/outbox/{key}/letter.pdf";
    static final String POSTED = "/api/outbox/{key}/posted";
    static final String RETRY = "/api/outbox/{key}/retry";

    @Override
    public List<EndpointRule> rules() {
        return List.of(post(PREVIEW, AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER),
                // a letter's last error may quote the address; managers see only the complaints under their review
                get(OF_COMPLAINT, AGENT, HEAD_OF_CUSTOMER_SERVICE),
                // the outbox of every complaint: operators' view of what waits, is held or parked
                get(OUTBOX, HEAD_OF_CUSTOMER_SERVICE, ADMIN),
                // the post room: whoever writes to customers prints a letter and says it was posted
                get(PRINTED, AGENT, HEAD_OF_CUSTOMER_SERVICE),
                post(POSTED, AGENT, HEAD_OF_CUSTOMER_SERVICE),
                // sending a parked letter again is the operators' step, as reading the whole outbox is
                post(RETRY, HEAD_OF_CUSTOMER_SERVICE, ADMIN));
    }
}
