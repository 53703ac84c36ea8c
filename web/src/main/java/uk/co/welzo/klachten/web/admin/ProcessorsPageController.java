package uk.co.welzo.klachten.web.admin;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import jakarta.servlet.http.HttpServletResponse;
import uk.co.welzo.klachten.api.admin.FindProcessors;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;

/**
 * The operators' start page: every processor of the query side with its position, lag and replay progress, and the
 * way to replay one read model or all. The page polls itself every two seconds with htmx; with {@code HX-Request}
 * it answers the processors' region alone, never cached.
 */
@Controller
class ProcessorsPageController {

    private final QueryGateway queries;

    ProcessorsPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/admin")
    @PreAuthorize("hasRole('ADMIN')")
    String processors(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                      HttpServletResponse response) {
        List<ProcessorRow> rows = queries.query(new FindProcessors(null),
                ResponseTypes.multipleInstancesOf(ReplayStatusView.class)).join().stream().map(ProcessorRow::of).toList();
        model.addAttribute("processors", rows);
        model.addAttribute("anyReplaying", rows.stream().anyMatch(row -> row.status().replaying()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null ? "admin/processors :: live" : "admin/processors";
    }
}
