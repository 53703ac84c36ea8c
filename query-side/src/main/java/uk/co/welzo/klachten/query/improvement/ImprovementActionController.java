package uk.co.welzo.klachten.query.improvement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.query.FindComplaintImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementAction;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementActionHistory;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementEffect;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionSummary;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionHistoryView;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionView;
import uk.co.welzo.klachten.api.improvement.query.ImprovementEffectView;
import uk.co.welzo.klachten.platform.problem.Refused;
import uk.co.welzo.klachten.query.infrastructure.QueryAnswers;

/**
 * Improvement actions for the head, analysts, managers and auditors (R6.3): lists, one action with its linked complaints
 * and history, a complaint's actions, and the effect review's figures. None holds a customer's personal data (R8.1).
 */
@RestController
@Tag(name = "Improvement actions", description = "Improvements made because of complaints, traceable to them (R6.3)")
class ImprovementActionController {

    static final String READERS = "hasAnyRole('HEAD_OF_CUSTOMER_SERVICE','ANALYST','DEPARTMENT_MANAGER','AUDITOR')";

    /** The dates a due date can be compared with: beyond them a date is a mistake, and the database cannot hold it. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final QueryGateway queries;
    private final Clock clock;

    ImprovementActionController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/improvement-actions")
    @PreAuthorize(READERS)
    @Operation(summary = "Improvement actions, most urgent first: by state, by owner, overdue, or due before a date")
    List<ImprovementActionSummary> list(
            @RequestParam(required = false) ImprovementState state,
            @RequestParam(required = false) @Parameter(description = "the owning manager's user name") String owner,
            @RequestParam(defaultValue = "false") @Parameter(description = "due before today (London) and not done, reviewed or dropped")
            boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "due before this London date, e.g. 2027-01-31") LocalDate dueBefore) {
        if (dueBefore != null && (dueBefore.isBefore(EARLIEST) || dueBefore.isAfter(LATEST))) {
            throw QueryAnswers.invalid("dueBefore", "must be a date from " + EARLIEST + " to " + LATEST);
        }
        return queries.query(new FindImprovementActions(state, owner, overdue, dueBefore, today()),
                ResponseTypes.multipleInstancesOf(ImprovementActionSummary.class)).join();
    }

    @GetMapping("/api/improvement-actions/{actionId}")
    @PreAuthorize(READERS)
    @Operation(summary = "One improvement action: its problem, owner, due date, steps, linked complaints and history")
    ImprovementActionView one(@PathVariable String actionId) {
        return find(actionId(actionId));
    }

    @GetMapping("/api/improvement-actions/{actionId}/effect")
    @PreAuthorize(READERS)
    @Operation(summary = "The effect review's figures: complaints per month about the action's problem, before and after it was done",
            description = "Over 'months' before and as long after the moment it was done; by default the whole months "
                    + "since it was done (at least 1, at most 24). Counts only; 409 until the action is done.")
    ImprovementEffectView effect(@PathVariable String actionId,
                                 @RequestParam(required = false) @Parameter(description = "1 to 24") Integer months) {
        ImprovementActionId id = actionId(actionId);
        if (months != null && (months < 1 || months > ImprovementEffects.LONGEST)) {
            throw QueryAnswers.invalid("months", "must be between 1 and " + ImprovementEffects.LONGEST);
        }
        ImprovementActionView action = find(id);
        if (action.doneAt() == null) {
            throw Refused.of(ErrorCode.IMPROVEMENT_NOT_DONE, id, action.state());
        }
        return queries.query(new FindImprovementEffect(id, months, clock.instant()),
                ResponseTypes.optionalInstanceOf(ImprovementEffectView.class)).join()
                .orElseThrow(() -> Refused.of(ErrorCode.IMPROVEMENT_ACTION_NOT_FOUND, id));
    }

    @GetMapping("/api/complaints/{complaintId}/improvement-actions")
    @PreAuthorize(READERS)
    @Operation(summary = "The improvement actions a complaint is linked to (R6.3: traceable both ways)")
    List<ImprovementActionSummary> ofComplaint(@PathVariable String complaintId) {
        return queries.query(new FindComplaintImprovementActions(QueryAnswers.complaintId(complaintId), today()),
                ResponseTypes.multipleInstancesOf(ImprovementActionSummary.class)).join();
    }

    @GetMapping("/api/audit/improvement-actions/{actionId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Every stored event of an improvement action in order, from the event store (R6.3), as a "
            + "complaint's history is")
    ImprovementActionHistoryView history(@PathVariable String actionId) {
        ImprovementActionId id = actionId(actionId);
        return queries.query(new FindImprovementActionHistory(id),
                ResponseTypes.optionalInstanceOf(ImprovementActionHistoryView.class)).join()
                .orElseThrow(() -> Refused.of(ErrorCode.IMPROVEMENT_ACTION_NOT_FOUND, id));
    }

    private ImprovementActionView find(ImprovementActionId id) {
        return queries.query(new FindImprovementAction(id, today()),
                ResponseTypes.optionalInstanceOf(ImprovementActionView.class)).join()
                .orElseThrow(() -> Refused.of(ErrorCode.IMPROVEMENT_ACTION_NOT_FOUND, id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ImprovementQueryHandler.LONDON);
    }

    private static ImprovementActionId actionId(String given) {
        try {
            return ImprovementActionId.of(given);
        } catch (IllegalArgumentException malformed) {
            throw QueryAnswers.invalid("actionId", malformed.getMessage());
        }
    }
}
