package uk.co.welzo.klachten.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.api.audit.FindReturns;
import uk.co.welzo.klachten.api.audit.ReturnsView;

/**
 * The returns for complaints received in a period of London days (both included) as the record stood at an instant:
 * the same question with the same "as at" always gets the same figures. As a page, printable, as CSV and as PDF.
 */
@Controller
class ReturnsPageController extends AuditPages {

    private final QueryGateway queries;
    private final AuditInput input;
    private final ReturnsPdf pdf;

    ReturnsPageController(QueryGateway queries, AuditInput input, ReturnsPdf pdf) {
        this.queries = queries;
        this.input = input;
        this.pdf = pdf;
    }

    @GetMapping("/audit/returns")
    @PreAuthorize(AUDITOR)
    String returns(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String asAt, Model model) {
        return show(from, to, asAt, model, "audit/returns");
    }

    @GetMapping("/audit/returns/print")
    @PreAuthorize(AUDITOR)
    String printable(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String asAt, Model model) {
        return show(from, to, asAt, model, "audit/returns-print");
    }

    @GetMapping("/audit/returns.csv")
    @PreAuthorize(AUDITOR)
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String asAt, HttpServletResponse response) throws IOException {
        Period period = period(from, to, asAt);
        ReturnsView returns = ask(period);
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"returns-" + period.from + "-" + period.to + ".csv\"");
        ReturnsCsv.write(returns, period.from.toString(), period.to.toString(), period.asAtTyped,
                response.getWriter());
    }

    @GetMapping("/audit/returns.pdf")
    @PreAuthorize(AUDITOR)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String asAt, Locale locale) {
        Period period = period(from, to, asAt);
        byte[] printed = pdf.print(Map.of("returns", ask(period)), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"returns-" + period.from + "-" + period.to + ".pdf\"")
                .body(printed);
    }

    private String show(String from, String to, String asAt, Model model, String view) {
        Period period = period(from, to, asAt);
        model.addAttribute("returns", ask(period));
        model.addAttribute("from", period.from.toString());
        model.addAttribute("to", period.to.toString());
        model.addAttribute("asAt", period.asAtTyped);
        return view;
    }

    private ReturnsView ask(Period period) {
        return queries.query(new FindReturns(input.startOf(period.from), input.startOf(period.to.plusDays(1)),
                period.asAt), ResponseTypes.instanceOf(ReturnsView.class)).join();
    }

    /** Blank: the current calendar month so far, as at now. */
    private Period period(String from, String to, String asAt) {
        LocalDate today = input.today();
        LocalDate first = input.londonDate("from", from, today.withDayOfMonth(1));
        LocalDate last = input.londonDate("to", to, today);
        if (last.isBefore(first)) {
            throw new BadAuditInput("audit.bad.period");
        }
        Instant at = input.londonTime("asAt", asAt, input.now());
        return new Period(first, last, at, input.typed(at));
    }

    private record Period(LocalDate from, LocalDate to, Instant asAt, String asAtTyped) {
    }
}
