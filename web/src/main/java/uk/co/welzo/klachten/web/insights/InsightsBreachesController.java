package uk.co.welzo.klachten.web.insights;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.CurrentBreachPageView;
import uk.co.welzo.klachten.api.sla.FindCurrentBreachPage;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;

/**
 * The current breaches one link from the dashboard (R6.2), a page at a time, longest overdue first: reference,
 * obligation, deadlines and hours overdue, never a complainant's details (R8.1). The same readers as the dashboard.
 */
@Controller
class InsightsBreachesController {

    static final int PAGE_SIZE = 50;

    private final QueryGateway queries;

    InsightsBreachesController(QueryGateway queries) {
        this.queries = queries;
    }

    /** One breach as the page's table shows it: London times, hours with one decimal. */
    record Row(String reference, DeadlineKind kind, String originalDue, String due, String hoursOverdue) {
    }

    @GetMapping("/insights/breaches")
    @PreAuthorize(InsightsController.READERS)
    String breaches(@RequestParam(required = false) String kind, @RequestParam(required = false) String page,
                    Locale locale, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        DeadlineKind chosen = kindOf(kind, errors);
        int shown = pageOf(page, errors);
        model.addAttribute("kinds", DeadlineKind.values());
        model.addAttribute("kind", chosen);
        model.addAttribute("typedKind", kind == null ? "" : kind);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "insights/breaches";
        }
        CurrentBreachPageView view = queries.query(new FindCurrentBreachPage(chosen, shown - 1, PAGE_SIZE),
                ResponseTypes.instanceOf(CurrentBreachPageView.class)).join();
        List<Row> rows = view.breaches().stream().map((SlaBreachSummary b) -> new Row(
                b.reference() == null ? "" : b.reference(), b.kind(), InsightsTables.london(b.originalDue()),
                InsightsTables.london(b.due()), InsightsTables.decimal(b.hoursOverdue()))).toList();
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        model.addAttribute("page", shown);
        model.addAttribute("pages", Math.max(1, (view.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("asOf", InsightsTables.london(view.asOf()));
        return "insights/breaches";
    }

    private static DeadlineKind kindOf(String kind, Map<String, String> errors) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DeadlineKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.put("kind", "insights.breachList.error.kind");
            return null;
        }
    }

    /** The page asked for, counted from 1 as people do. */
    private static int pageOf(String page, Map<String, String> errors) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException unreadable) {
            // said below, as a page below 1 is
        }
        errors.put("page", "insights.breachList.error.page");
        return 1;
    }
}
