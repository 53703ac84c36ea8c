package uk.co.welzo.klachten.web.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/**
 * The analysts' dashboard (R6.2, R5.3): complaint counts over time by a dimension, response times, the escalation
 * rate, SLA compliance against original and extended deadlines, recurring products and root causes, and the current
 * breaches; each chart beside its table and a CSV of that table. No personal data (R8.1). The filters are a GET form,
 * so the URL holds them; filters that cannot be read are shown at their field (400), never a stack trace.
 */
@Controller
class InsightsController {

    static final String READERS = "hasAnyRole('ANALYST','HEAD_OF_CUSTOMER_SERVICE','ADMIN')";

    private final InsightsTables tables;
    private final Clock clock;
    private final ObjectMapper json;

    InsightsController(InsightsTables tables, Clock clock, ObjectMapper json) {
        this.tables = tables;
        this.clock = clock;
        this.json = json;
    }

    /** A table and its chart as the page's script reads it, JSON in a data attribute (the CSP forbids inline script). */
    record Panel(InsightsTable table, String chart) {
    }

    @GetMapping("/insights")
    @PreAuthorize(READERS)
    String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String dimension,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     Locale locale, Model model, HttpServletResponse response) throws JsonProcessingException {
        InsightsFilters.Reading reading =
                InsightsFilters.read(period, dimension, from, to, InsightsFilters.today(clock));
        model.addAttribute("typed", reading.typed());
        model.addAttribute("errors", reading.errors());
        model.addAttribute("periods", TrendPeriod.values());
        model.addAttribute("dimensions", TrendDimension.values());
        if (!reading.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("panels", List.of());
            return "insights/dashboard";
        }
        // the seven queries are asked at once; in the distributed stack each is a round trip to the query side
        List<CompletableFuture<InsightsTable>> asked = InsightsTables.IDS.stream()
                .map(id -> tables.table(id, reading.filters(), locale)).toList();
        List<Panel> panels = new ArrayList<>();
        for (CompletableFuture<InsightsTable> answer : asked) {
            InsightsTable table = answer.join();
            panels.add(new Panel(table, json.writeValueAsString(table.chart())));
        }
        model.addAttribute("panels", panels);
        model.addAttribute("filters", reading.filters());
        return "insights/dashboard";
    }
}
