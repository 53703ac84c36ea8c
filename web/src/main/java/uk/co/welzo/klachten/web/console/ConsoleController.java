package uk.co.welzo.klachten.web.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.web.security.Managers;
import uk.co.welzo.klachten.web.security.SignedInPerson;

/** The staff console's start page: the work queue, filtered by a GET form, soonest due first. */
@Controller
class ConsoleController {

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
