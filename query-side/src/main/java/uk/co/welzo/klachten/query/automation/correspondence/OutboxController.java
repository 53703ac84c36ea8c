package uk.co.welzo.klachten.query.automation.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.query.infrastructure.QueryAnswers;

/**
 * The outbox for staff: which letters wait, are held, parked or sent (issue #15); bodies are never listed. The post
 * room prints a letter and marks it posted; an operator sends a parked letter again.
 */
@RestController
@Tag(name = "Letters", description = "The letters the procedure promises the customer: previews and the outbox")
class OutboxController {

    private static final int PAGE = 500;
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String STATES = Arrays.stream(LetterState.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final Outbox outbox;
    private final PostRoom postRoom;

    OutboxController(Outbox outbox, PostRoom postRoom) {
        this.outbox = outbox;
        this.postRoom = postRoom;
    }

    @GetMapping(LetterRules.OUTBOX)
    @PreAuthorize("hasAnyRole('HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "The letters in the outbox, oldest first (at most 500), optionally in one state",
            description = "HELD: no mail server is configured; PARKED: failed every attempt, with the last error; "
                    + "NEEDS_POST: the complaint has no e-mail address; CANCELLED: never sent, the complainant's "
                    + "personal data was erased (R8.2). No letter's body is listed.")
    List<OutboxItem> outbox(@RequestParam(required = false) @Parameter(description = "PENDING, SENDING, HELD, "
            + "NEEDS_POST, PARKED, SENT or CANCELLED", schema = @Schema(implementation = LetterState.class)) String state) {
        return outbox.inState(state == null ? null : state(state), PAGE).stream().map(OutboxQueries::item).toList();
    }

    @GetMapping(LetterRules.OF_COMPLAINT)
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')")
    @Operation(summary = "The letters of one complaint in the outbox, oldest first, without their bodies")
    List<OutboxItem> ofComplaint(@PathVariable String complaintId) {
        return outbox.ofComplaint(QueryAnswers.complaintId(complaintId).value()).stream().map(OutboxQueries::item).toList();
    }

    private static LetterState state(String state) {
        try {
            return LetterState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw QueryAnswers.invalid("state", "must be one of " + STATES);
        }
    }

    @GetMapping(LetterRules.PRINTED)
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')")
    @Operation(summary = "A letter in the outbox printed as an A4 PDF, for the post",
            description = "Written now from the case view exactly as the sender writes it (English); the file is named "
                    + "<reference>-<letter>.pdf. Any state: a letter may be printed again.")
    @ApiResponse(responseCode = "200", description = "The letter as a PDF, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    // a PDF answer would otherwise lend its media type to the refusals: they are problem details like every other
    @ApiResponse(responseCode = "404", description = "No letter in the outbox has this key (LETTER_NOT_FOUND), or its "
            + "complaint is unknown (COMPLAINT_NOT_FOUND)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "409", description = "The letter no longer fits the complaint's state. Code: "
            + "LETTER_NOT_APPLICABLE",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<byte[]> printed(@PathVariable @Parameter(description = "The letter's key, as the outbox lists it")
                                   String key) {
        PrintedLetter letter = postRoom.print(key);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(letter.fileName())
                        .build().toString())
                .body(letter.pdf());
    }

    @PostMapping(LetterRules.POSTED)
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')")
    @Operation(summary = "Mark a letter waiting for the post (NEEDS_POST) as posted",
            description = "Records it on the complaint as a letter sent (channel LETTER, outbound, by the caller) and "
                    + "marks it SENT. Asked again, it answers the letter as it is and records nothing more.")
    @ApiResponse(responseCode = "409", description = "The letter does not wait for the post (it is e-mailed, held, "
            + "parked...). Codes: LETTER_NOT_AWAITING_POST, LETTER_NOT_APPLICABLE, CONCURRENT_MODIFICATION")
    OutboxItem posted(@PathVariable @Parameter(description = "The letter's key, as the outbox lists it") String key,
                        Authentication who) {
        return OutboxQueries.item(postRoom.posted(key, new Actor(who.getName())));
    }

    @PostMapping(LetterRules.RETRY)
    @PreAuthorize("hasAnyRole('HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "Send a parked letter again",
            description = "Back to PENDING, due now, attempts counted from 0, its last error cleared (the log keeps "
                    + "it, with who asked). A letter that went out before it was parked is only recorded, not sent again.")
    @ApiResponse(responseCode = "409", description = "The letter is not parked. Code: LETTER_NOT_PARKED")
    OutboxItem retry(@PathVariable @Parameter(description = "The letter's key, as the outbox lists it") String key,
                       Authentication who) {
        return OutboxQueries.item(postRoom.retry(key, new Actor(who.getName())));
    }
}
