package uk.co.welzo.klachten.query.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.search.ComplaintSearchResults;
import uk.co.welzo.klachten.api.search.SearchComplaints;
import uk.co.welzo.klachten.platform.validation.HasText;

/**
 * The staff search. A POST with the text in the body, not a GET with it in the URL: what is typed is personal data
 * (a name, an address, a phone number) and URLs end up in proxies' logs and browsers' histories.
 */
@RestController
@RequestMapping("/api/search/complaints")
@Tag(name = "Search", description = "Staff find complaints by what the customer tells them (personal data)")
class SearchController {

    private final QueryGateway queries;

    SearchController(QueryGateway queries) {
        this.queries = queries;
    }

    /** What staff typed, and how many hits they want at most. */
    record SearchRequest(
            @NotBlank @HasText @Size(max = SearchComplaints.MAX_TEXT_LENGTH)
            @Schema(example = "jan jans", description = "a name or its start, an e-mail address or its start, a phone "
                    + "number, an order number or its start, or a reference") String text,
            @Min(1) @Max(SearchComplaints.MAX_LIMIT)
            @Schema(example = "20", description = "hits at most (default 20)") Integer limit) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')")
    @Operation(summary = "Find complaints by complainant name, e-mail, phone, order number (exact or start) or reference; newest first")
    ComplaintSearchResults search(@Valid @RequestBody SearchRequest request) {
        return queries.query(new SearchComplaints(request.text(), request.limit() == null ? 0 : request.limit()),
                ResponseTypes.instanceOf(ComplaintSearchResults.class)).join();
    }
}
