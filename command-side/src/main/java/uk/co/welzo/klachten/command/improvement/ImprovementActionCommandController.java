package uk.co.welzo.klachten.command.improvement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.command.AgreeImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.CompleteImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.DropImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.LinkComplaintToAction;
import uk.co.welzo.klachten.api.improvement.command.RaiseImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.ReviewImprovementEffect;
import uk.co.welzo.klachten.api.improvement.command.StartImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.UnlinkComplaintFromAction;
import uk.co.welzo.klachten.command.improvement.ImprovementRequests.CompletionBody;
import uk.co.welzo.klachten.command.improvement.ImprovementRequests.RaisedAction;
import uk.co.welzo.klachten.command.improvement.ImprovementRequests.DropActionBody;
import uk.co.welzo.klachten.command.improvement.ImprovementRequests.EffectReviewBody;
import uk.co.welzo.klachten.command.improvement.ImprovementRequests.LinkComplaintBody;
import uk.co.welzo.klachten.command.improvement.ImprovementRequests.RaiseActionBody;
import uk.co.welzo.klachten.platform.security.Roles;

/**
 * Improvement actions over HTTP (R6.3): the head and analysts raise them and link the complaints that caused them; the
 * owning manager (or the head) agrees, starts, completes, reviews the effect and drops. The URL rules let in the roles;
 * the aggregate decides, from the caller's roles and name, whether this caller may act on this action.
 */
@RestController
@RequestMapping("/api/improvement-actions")
@Tag(name = "Improvement actions", description = "Improvements made because of complaints, traceable to them (R6.3)")
class ImprovementActionCommandController {

    static final String RAISERS = "hasAnyRole('ANALYST','HEAD_OF_CUSTOMER_SERVICE')";
    static final String OWNERS = "hasAnyRole('DEPARTMENT_MANAGER','HEAD_OF_CUSTOMER_SERVICE')";

    private final CommandGateway commands;

    ImprovementActionCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize(RAISERS)
    @ResponseStatus(HttpStatus.CREATED) // what the ResponseEntity answers; springdoc reads it from here
    @Operation(summary = "Raise an improvement action about a product, root cause, category or department (R6.3)")
    ResponseEntity<RaisedAction> raise(@Valid @RequestBody RaiseActionBody body, Authentication who) {
        ImprovementActionId id = ImprovementActionId.of(body.actionId() == null ? UUID.randomUUID().toString() : body.actionId());
        commands.sendAndWait(new RaiseImprovementAction(id, body.title(),
                new ProblemArea(body.problem().kind(), body.problem().value()), body.owningDepartment(), body.owner(),
                body.due(), actor(who), Roles.of(who)));
        return ResponseEntity.created(URI.create("/api/improvement-actions/" + id)).body(new RaisedAction(id.value()));
    }

    @PostMapping("/{actionId}/links")
    @PreAuthorize(RAISERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Link a complaint to the action as one of its causes, saying why; linking it again changes nothing")
    void link(@PathVariable ImprovementActionId actionId, @Valid @RequestBody LinkComplaintBody body, Authentication who) {
        commands.sendAndWait(new LinkComplaintToAction(actionId, ComplaintId.of(body.complaintId()), body.why(),
                actor(who), Roles.of(who)));
    }

    @DeleteMapping("/{actionId}/links/{complaintId}")
    @PreAuthorize(RAISERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a linked complaint off the action's causes, saying why")
    void unlink(@PathVariable ImprovementActionId actionId, @PathVariable ComplaintId complaintId,
                @RequestParam @Parameter(description = "Why the complaint is not one of the action's causes") String why,
                Authentication who) {
        commands.sendAndWait(new UnlinkComplaintFromAction(actionId, complaintId, why, actor(who), Roles.of(who)));
    }

    @PostMapping("/{actionId}/agreement")
    @PreAuthorize(OWNERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The owning manager (or the head) agrees to carry out the proposed action")
    void agree(@PathVariable ImprovementActionId actionId, Authentication who) {
        commands.sendAndWait(new AgreeImprovementAction(actionId, actor(who), Roles.of(who)));
    }

    @PostMapping("/{actionId}/start")
    @PreAuthorize(OWNERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Work on the agreed action starts")
    void start(@PathVariable ImprovementActionId actionId, Authentication who) {
        commands.sendAndWait(new StartImprovementAction(actionId, actor(who), Roles.of(who)));
    }

    @PostMapping("/{actionId}/completion")
    @PreAuthorize(OWNERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The action in progress is done: what was done; its effect can be reviewed from now on")
    void complete(@PathVariable ImprovementActionId actionId, @Valid @RequestBody CompletionBody body, Authentication who) {
        commands.sendAndWait(new CompleteImprovementAction(actionId, body.whatWasDone(), actor(who), Roles.of(who)));
    }

    @PostMapping("/{actionId}/effect-review")
    @PreAuthorize(OWNERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record what the done action changed in the complaints (see GET .../effect for the figures)")
    void reviewEffect(@PathVariable ImprovementActionId actionId, @Valid @RequestBody EffectReviewBody body, Authentication who) {
        commands.sendAndWait(new ReviewImprovementEffect(actionId, body.finding(), actor(who), Roles.of(who)));
    }

    @PostMapping("/{actionId}/drop")
    @PreAuthorize(OWNERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give up the action before it is done, with the reason")
    void drop(@PathVariable ImprovementActionId actionId, @Valid @RequestBody DropActionBody body, Authentication who) {
        commands.sendAndWait(new DropImprovementAction(actionId, body.reason(), actor(who), Roles.of(who)));
    }

    private static Actor actor(Authentication who) {
        return new Actor(who.getName());
    }
}
