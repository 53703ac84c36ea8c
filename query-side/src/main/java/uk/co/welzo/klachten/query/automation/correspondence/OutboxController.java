package uk.co.welzo.klachten.query.automation.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.query.infrastructure.QueryAnswers;

/** The outbox for staff: which letters wait, are held, parked or sent (issue #15); bodies are never listed. */
@RestController
@Tag(name = "Letters", description = "The letters the procedure promises the customer: previews and the outbox")
class OutboxController {

    private static final int PAGE = 500;
    private static final String STATES = Arrays.stream(LetterState.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping(LetterRules.OUTBOX)
    @PreAuthorize("hasAnyRole('HEAD_OF_CUSTOMER_SERVICE','ADMIN')")
    @Operation(summary = "The letters in the outbox, oldest first (at most 500), optionally in one state",
            description = "HELD: no mail server is configured; PARKED: failed every attempt, with the last error; "
                    + "NEEDS_POST: the complaint has no e-mail address. No letter's body is listed.")
    List<OutboxLetter> outbox(@RequestParam(required = false) @Parameter(description = "PENDING, SENDING, HELD, "
            + "NEEDS_POST, PARKED or SENT", schema = @Schema(implementation = LetterState.class)) String state) {
        return outbox.inState(state == null ? null : state(state), PAGE).stream().map(OutboxLetter::of).toList();
    }

    @GetMapping(LetterRules.OF_COMPLAINT)
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')")
    @Operation(summary = "The letters of one complaint in the outbox, oldest first, without their bodies")
    List<OutboxLetter> ofComplaint(@PathVariable String complaintId) {
        return outbox.ofComplaint(QueryAnswers.complaintId(complaintId).value()).stream().map(OutboxLetter::of).toList();
    }

    private static LetterState state(String state) {
        try {
            return LetterState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw QueryAnswers.invalid("state", "must be one of " + STATES);
        }
    }
}
