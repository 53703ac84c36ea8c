package uk.co.welzo.klachten.query.dataprotection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectAccessExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintSummary;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;

/**
 * The data-protection officer's subject access (UK GDPR art. 15, R8.2): a person's complaints found by e-mail, phone or
 * name through the blind index, and everything held about them. POST, so the identifiers stay out of URLs and logs.
 */
@RestController
@RequestMapping(SubjectAccessController.BASE)
@Tag(name = "Data protection", description = "Subject access: a person's complaints and everything held about them (R8.2)")
public class SubjectAccessController {

    static final String BASE = "/api/data-protection/subjects";

    private final SubjectAccess subjects;

    SubjectAccessController(SubjectAccess subjects) {
        this.subjects = subjects;
    }

    /** The document says what the controller checks: a person is named by at least one of the three. */
    @Bean
    static OpenApiCustomizer subjectIdentifiersNameSomeone() {
        return document -> {
            if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
                var schema = document.getComponents().getSchemas().get(SubjectIdentifiers.class.getSimpleName());
                if (schema != null) {
                    schema.setMinProperties(1);
                }
            }
        };
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "The complaints of a person, found by any of e-mail, phone or name (at least one)",
            description = "Matched through the blind index: e-mail trimmed and lower-cased, phone in E.164 (UK by "
                    + "default), name folded (case, accents, spacing). A complaint whose personal data was erased is no "
                    + "longer found by them. A body naming nobody is a 400 (INVALID_INPUT, field email).")
    List<SubjectComplaintSummary> search(@RequestBody(required = false) SubjectIdentifiers person) {
        return subjects.search(person);
    }

    @PostMapping(path = "/export", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Everything held about a person: JSON, or a printable HTML page (Accept: text/html or format=html)",
            description = "Per complaint: the case as given, every communication, the notes, the departments' questions "
                    + "and answers, the resolutions, the letters sent and the access log of who read it. The export is "
                    + "itself recorded in the access log, one entry per complaint. A body naming nobody is a 400 "
                    + "(INVALID_INPUT, field email).")
    ResponseEntity<?> export(@RequestBody(required = false) SubjectIdentifiers person,
                             @RequestParam(required = false) @Parameter(description = "html for the printable page")
                             String format,
                             @RequestHeader(value = "Accept", required = false) String accept,
                             Principal user, HttpServletRequest request) {
        SubjectAccessExport export = subjects.export(person, user == null ? null : user.getName(),
                new SubjectAccess.Read(request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                        request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), request.getHeader("User-Agent")));
        boolean html = format != null ? "html".equalsIgnoreCase(format)
                : accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (!html) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export);
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(SubjectAccessPage.render(export));
    }
}
