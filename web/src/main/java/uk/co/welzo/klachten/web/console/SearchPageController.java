package uk.co.welzo.klachten.web.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaintByReference;
import uk.co.welzo.klachten.api.search.ComplaintSearchResults;
import uk.co.welzo.klachten.api.search.SearchComplaints;

/**
 * Finding a case by what the customer says: a reference whose check character fits (R2.2) opens its complaint, anything
 * else goes to the staff search. Sent by POST, so what is typed (personal data) never appears in a URL or a log line.
 */
@Controller
class SearchPageController {

    private static final String PAGE = "console/search";

    private final QueryGateway queries;

    SearchPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/console/search")
    @PreAuthorize(ConsoleController.STAFF)
    String form(Model model) {
        model.addAttribute("text", "");
        return PAGE;
    }

    @PostMapping("/console/search")
    @PreAuthorize(ConsoleController.STAFF)
    String search(@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        model.addAttribute("text", text);
        if (Text.isBlank(text) || text.length() > SearchComplaints.MAX_TEXT_LENGTH) {
            model.addAttribute("problem", Text.isBlank(text) ? "search.required" : "search.tooLong");
            model.addAttribute("maxLength", SearchComplaints.MAX_TEXT_LENGTH);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PAGE;
        }
        Optional<ComplaintView> byReference = reference(text).flatMap(reference -> queries.query(
                new FindComplaintByReference(reference), ResponseTypes.optionalInstanceOf(ComplaintView.class)).join());
        if (byReference.isPresent()) {
            return "redirect:/console/cases/" + byReference.get().complaintId();
        }
        model.addAttribute("results", queries.query(new SearchComplaints(text.strip(), 0),
                ResponseTypes.instanceOf(ComplaintSearchResults.class)).join());
        return PAGE;
    }

    private static Optional<ReferenceNumber> reference(String text) {
        try {
            return Optional.of(ReferenceNumber.parse(text));
        } catch (InvalidReferenceNumber notAReference) {
            return Optional.empty();
        }
    }
}
