package uk.co.welzo.klachten.web.console;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.api.correspondence.FindOutbox;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;

/**
 * The outbox, for the head of customer service: every letter and staff notice, in one state or all, oldest first as
 * {@link FindOutbox} answers, each linking to its case. The API also lets admins read it; the console has no screens
 * for admins (their start page says so), so this page is the head's only.
 */
@Controller
class OutboxPageController {

    /** The states to filter by; SENDING lasts a moment and is shown under "all". */
    static final List<String> STATES = List.of("HELD", "NEEDS_POST", "PARKED", "PENDING", "SENT", "CANCELLED");
    /** The query's own cap: a full page says so, and a state narrows it. */
    static final int LIMIT = 500;

    private final QueryGateway queries;

    OutboxPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/console/outbox")
    @PreAuthorize("hasRole('HEAD_OF_CUSTOMER_SERVICE')")
    String outbox(@RequestParam(name = "state", required = false) String state, Model model) {
        String chosen = state != null && STATES.contains(state) ? state : null; // else all, never empty by a typo
        List<OutboxItem> items = queries.query(new FindOutbox(chosen, LIMIT),
                ResponseTypes.multipleInstancesOf(OutboxItem.class)).join();
        model.addAttribute("items", items);
        model.addAttribute("state", chosen);
        model.addAttribute("states", STATES);
        model.addAttribute("full", items.size() >= LIMIT);
        return "console/outbox";
    }
}
