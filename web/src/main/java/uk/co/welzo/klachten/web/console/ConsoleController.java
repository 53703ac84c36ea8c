package uk.co.welzo.klachten.web.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.correspondence.FindNotices;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.web.security.Managers;
import uk.co.welzo.klachten.web.security.SignedInPerson;

/** The staff console's start page: the work queue, filtered by a GET form, soonest due first. */
@Controller
class ConsoleController {

    private static final int NOTICES = 5;
    private static final Logger log = LoggerFactory.getLogger(ConsoleController.class);

    static final String STAFF = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";
    /** The request header that asks for the rows alone (htmx's; {@code console-live.js} sends it too). */
    static final String FRAGMENT_HEADER = "HX-Request";

    private final QueryGateway queries;
    private final ConsoleTime time;
    private final Managers managers;

    ConsoleController(QueryGateway queries, ConsoleTime time, Managers managers) {
        this.queries = queries;
        this.time = time;
        this.managers = managers;
    }

    @InitBinder("filters")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("stage", "status", "handler", "category", "channel", "overdue", "dueBy", "mine", "review",
                "page");
    }

    @GetMapping("/console")
    @PreAuthorize(STAFF)
    String queue(@ModelAttribute("filters") QueueFilters filters, Authentication who, Model model,
                 HttpServletResponse response) {
        rows(filters, who, model);
        response.addHeader(HttpHeaders.VARY, FRAGMENT_HEADER);
        model.addAttribute("person", SignedInPerson.of(who));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("statuses", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.UNDER_INVESTIGATION,
                ComplaintStatus.RESOLVED_AT_STAGE_ONE, ComplaintStatus.ESCALATED, ComplaintStatus.UNDER_REVIEW,
                ComplaintStatus.RESOLVED_AT_STAGE_TWO));
        model.addAttribute("categories", Category.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("notices", notices(who));
        return "console/queue";
    }

    /**
     * The same page's rows, count and paging only, for {@code console-live.js} to swap in when the queue changed.
     * Asked for with the header htmx sends; never cached, as it is always about now.
     */
    @GetMapping(path = "/console", headers = FRAGMENT_HEADER + "=true")
    @PreAuthorize(STAFF)
    String queueRows(@ModelAttribute("filters") QueueFilters filters, Authentication who, Model model,
                     HttpServletResponse response) {
        rows(filters, who, model);
        response.addHeader(HttpHeaders.VARY, FRAGMENT_HEADER);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "console/queue :: rows";
    }

    /**
     * The signed-in person's latest notices (#15: what the e-mails tell them, in the console too). The outbox is another
     * read model: when it cannot be asked, the queue is still shown, without them.
     */
    private List<OutboxItem> notices(Authentication who) {
        try {
            return queries.query(new FindNotices(who.getName(), NOTICES),
                    ResponseTypes.multipleInstancesOf(OutboxItem.class)).join();
        } catch (RuntimeException unavailable) {
            log.warn("The notices of {} could not be read", who.getName(), unavailable);
            return List.of();
        }
    }

    private void rows(QueueFilters filters, Authentication who, Model model) {
        String department = managers.departmentOf(who).orElse(null);
        // a manager whose department nobody configured is told so, never shown every department's cases
        WorkQueuePage page = filters.query(who.getName(), department, time)
                .map(find -> queries.query(find, ResponseTypes.instanceOf(WorkQueuePage.class)).join())
                .orElse(new WorkQueuePage(List.of(), 0, QueueFilters.PAGE_SIZE, 0));
        model.addAttribute("department", department);
        model.addAttribute("rows", page.items().stream().map(QueueRow::of).toList());
        model.addAttribute("queue", page);
        long pages = page.size() == 0 ? 1 : Math.max(1, (page.total() + page.size() - 1) / page.size());
        model.addAttribute("pages", pages);
    }
}
