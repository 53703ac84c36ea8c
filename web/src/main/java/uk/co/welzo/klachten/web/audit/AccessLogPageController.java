package uk.co.welzo.klachten.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;

/**
 * Who read which complaint, when and from where (R8.2), newest first, 50 a page, filtered by complaint, user and a
 * period of London days. {@code FindAccessLog} answers every match, so the page slices it here.
 */
@Controller
class AccessLogPageController extends AuditPages {

    static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final AuditInput input;

    AccessLogPageController(QueryGateway queries, AuditInput input) {
        this.queries = queries;
        this.input = input;
    }

    @GetMapping("/audit/access-log")
    @PreAuthorize(AUDITOR)
    String accessLog(@RequestParam(required = false) String complaint, @RequestParam(required = false) String user,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(defaultValue = "0") String page, Model model) {
        String complaintId = blankIsNull(complaint);
        if (complaintId != null) {
            complaintId = AuditInput.complaintId(complaintId).value();
        }
        LocalDate first = input.londonDate("from", from, null);
        LocalDate last = input.londonDate("to", to, null);
        Instant start = first == null ? null : input.startOf(first);
        Instant end = last == null ? null : input.startOf(last.plusDays(1));
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadAuditInput("audit.bad.period");
        }
        int pageNumber = pageNumber(page);
        List<AccessLogEntry> all = queries.query(new FindAccessLog(complaintId, blankIsNull(user), start, end),
                ResponseTypes.multipleInstancesOf(AccessLogEntry.class)).join();
        List<AccessLogEntry> newestFirst = new ArrayList<>(all);
        Collections.reverse(newestFirst);
        int pages = Math.max(1, (newestFirst.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(pageNumber, pages - 1);
        model.addAttribute("entries", newestFirst.subList(shown * PAGE_SIZE,
                Math.min(newestFirst.size(), (shown + 1) * PAGE_SIZE)));
        model.addAttribute("total", all.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("complaint", complaintId == null ? "" : complaintId);
        model.addAttribute("user", user == null ? "" : user.trim());
        model.addAttribute("from", from == null ? "" : from.trim());
        model.addAttribute("to", to == null ? "" : to.trim());
        return "audit/access-log";
    }

    private static int pageNumber(String typed) {
        try {
            int number = Integer.parseInt(typed.trim());
            if (number < 0) {
                throw new BadAuditInput("audit.bad.page");
            }
            return number;
        } catch (NumberFormatException unreadable) {
            throw new BadAuditInput("audit.bad.page");
        }
    }

    private static String blankIsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.trim();
    }
}
