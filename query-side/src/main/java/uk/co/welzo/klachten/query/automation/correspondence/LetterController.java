package uk.co.welzo.klachten.query.automation.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterLanguage;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.api.correspondence.PreviewLetter;
import uk.co.welzo.klachten.query.infrastructure.QueryAnswers;

/** A letter to the customer as it would be sent now, for staff to read before anything is sent (issue #15). */
@RestController
@Tag(name = "Letters", description = "The letters the procedure promises the customer: previews and the outbox")
class LetterController {

    private static final List<Locale> LANGUAGES = Arrays.stream(LetterLanguage.values()).map(LetterLanguage::locale).toList();
    private static final String KINDS = Arrays.stream(LetterKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final QueryGateway queries;

    LetterController(QueryGateway queries) {
        this.queries = queries;
    }

    @PostMapping(LetterRules.PREVIEW)
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')")
    @Operation(summary = "Preview a letter to the customer: subject, plain text and HTML, with the template's version",
            description = "The template supplies the letterhead, the case's facts and dates; the body adds what staff write. "
                    + "A letter that does not fit the complaint's state is refused (409, LETTER_NOT_APPLICABLE); a final "
                    + "response without signposting to independent advice is refused (400, LETTER_SIGNPOSTING_MISSING, R4.5).")
    @ApiResponse(responseCode = "200", description = "The letter as it would be sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = LetterPreview.class)))
    @ApiResponse(responseCode = "409", description = "The letter does not fit the complaint's state now (an outcome "
            + "before the resolution, a withdrawal confirmation for an open complaint). Code: LETTER_NOT_APPLICABLE")
    LetterPreview preview(@PathVariable String complaintId,
                          @Parameter(description = "The letter (case and - for _ do not matter)",
                                  schema = @Schema(implementation = LetterKind.class)) @PathVariable String kind,
                          @Valid @RequestBody(required = false) LetterRequest body,
                          @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        LetterRequest staff = body == null ? new LetterRequest(null, null, null, null, null) : body;
        PreviewLetter query = new PreviewLetter(QueryAnswers.complaintId(complaintId), kind(kind), staff.findings(),
                staff.remedy(), staff.progress(), staff.signposting(),
                (staff.language() != null ? staff.language() : language(acceptLanguage)).code());
        return QueryAnswers.ask(queries, query, LetterPreview.class, "no complaint has id " + complaintId);
    }

    private static LetterKind kind(String kind) {
        try {
            return LetterKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw QueryAnswers.invalid("kind", "must be one of " + KINDS);
        }
    }

    /** The best of English and Dutch for the header; English when it names neither or cannot be read. */
    static LetterLanguage language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LetterLanguage.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen != null && chosen.getLanguage().equals("nl") ? LetterLanguage.DUTCH : LetterLanguage.ENGLISH;
        } catch (IllegalArgumentException unreadable) {
            return LetterLanguage.ENGLISH;
        }
    }
}
