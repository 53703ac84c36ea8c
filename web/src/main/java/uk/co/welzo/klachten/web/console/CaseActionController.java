package uk.co.welzo.klachten.web.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeEscalation;
import uk.co.welzo.klachten.api.complaint.command.AssignHandler;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.command.EscalateComplaint;
import uk.co.welzo.klachten.api.complaint.command.ExpectedVersion;
import uk.co.welzo.klachten.api.complaint.command.ExtendDeadline;
import uk.co.welzo.klachten.api.complaint.command.RecategoriseComplaint;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.command.RecordDepartmentAnswer;
import uk.co.welzo.klachten.api.complaint.command.RecordExternalReferral;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.complaint.command.RequestDepartmentInput;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.command.WithdrawComplaint;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.api.correspondence.PreviewLetter;
import uk.co.welzo.klachten.web.CommandRefusals;
import uk.co.welzo.klachten.platform.security.Roles;
import uk.co.welzo.klachten.web.security.Managers;

/**
 * The case page's forms: each sends the command the REST API sends for the same step, as the signed-in person, with
 * the same roles. Done: back to the case page with a note of what was done (POST-redirect-GET). Refused: the case
 * page again, with what was typed, the command side's message at its field or in a banner naming the broken rule.
 *
 * <p>Every form carries the complaint's {@code version} the page showed; the command goes with it as its
 * {@link ExpectedVersion}, so when someone else acted on the case in between, nothing is overwritten: the case page
 * comes back, read afresh, with "this case changed" and what happened since, and what was typed kept for a resend.
 * Done, the page is asked to show a view newer than that version ({@code ?after=}), as the read model follows a moment
 * later.
 *
 * <p>The letter form has a second button, the preview: the query the API's preview asks, shown on the case page.
 */
@Controller
class CaseActionController {

    private static final String STAFF = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')";
    private static final String INVESTIGATORS = ConsoleController.STAFF;
    private static final String ONE = "/console/cases/{complaintId}/";
    /** The command's field paths where the form's field has another name. */
    private static final Map<String, String> FIELDS = Map.of(
            "departmentManager.name", "managerName", "departmentManager.department", "department",
            "departmentManager", "managerName", "review.summary", "reviewSummary", "review", "reviewSummary",
            "findingsCommunicationId", "findingsSummary");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CasePageController page;
    private final MessageSource messages;
    private final ZoneId london;
    private final Managers managers;

    CaseActionController(CommandGateway commands, QueryGateway queries, CasePageController page,
                         MessageSource messages, ConsoleTime time, Managers managers) {
        this.commands = commands;
        this.queries = queries;
        this.page = page;
        this.messages = messages;
        this.london = time.zone();
        this.managers = managers;
    }

    /** The request around every action: who sends it, to which case, what the form said, where the answer goes. */
    private record Sending(ComplaintId id, Actor actor, Authentication who, Map<String, String> form, Model model,
                           HttpServletResponse response, RedirectAttributes flash) {
    }

    @PostMapping(ONE + "acknowledge")
    @PreAuthorize(STAFF)
    String acknowledge(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                       Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.ACKNOWLEDGE, complaintId, form, who, model, response, flash, (s, f) ->
                new AcknowledgeComplaint(s.id(), f.choice("channel", CommunicationChannel.class),
                        f.londonTime("occurredAt", london), s.actor()));
    }

    @PostMapping(ONE + "assign")
    @PreAuthorize(STAFF)
    String assign(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.ASSIGN, complaintId, form, who, model, response, flash, (s, f) ->
                new AssignHandler(s.id(), f.required("handler"), s.actor()));
    }

    @PostMapping(ONE + "recategorise")
    @PreAuthorize(STAFF)
    String recategorise(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                        Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.RECATEGORISE, complaintId, form, who, model, response, flash, (s, f) ->
                new RecategoriseComplaint(s.id(), f.choice("category", Category.class), f.required("reason"), s.actor()));
    }

    @PostMapping(ONE + "note")
    @PreAuthorize(INVESTIGATORS)
    String note(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.NOTE, complaintId, form, who, model, response, flash, (s, f) ->
                new RecordInvestigationNote(s.id(), f.required("note"), s.actor()));
    }

    @PostMapping(ONE + "ask-department")
    @PreAuthorize(INVESTIGATORS)
    String askDepartment(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                         Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.ASK_DEPARTMENT, complaintId, form, who, model, response, flash, (s, f) ->
                new RequestDepartmentInput(s.id(), InquiryId.of(f.required("inquiryId")),
                        f.choice("department", Department.class), f.required("question"), null, s.actor()));
    }

    @PostMapping(ONE + "record-answer")
    @PreAuthorize(INVESTIGATORS)
    String recordAnswer(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                        Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.RECORD_ANSWER, complaintId, form, who, model, response, flash, (s, f) ->
                new RecordDepartmentAnswer(s.id(), InquiryId.of(f.required("inquiryId")), f.required("answer"),
                        f.londonTime("occurredAt", london), s.actor()));
    }

    @PostMapping(ONE + "communicate")
    @PreAuthorize(INVESTIGATORS)
    String communicate(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                       Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.COMMUNICATE, complaintId, form, who, model, response, flash, (s, f) ->
                new RecordCustomerCommunication(s.id(), CommunicationId.of(f.required("communicationId")),
                        f.choice("channel", CommunicationChannel.class), f.choice("direction", Direction.class),
                        f.required("summary"), f.londonTime("occurredAt", london), s.actor()));
    }

    /** The findings told by phone or e-mail, recorded under the form's id, and the resolution that names it (R3.3). */
    private record ToldAndResolved(RecordCustomerCommunication told, ResolveComplaint resolution) {
    }

    /**
     * Resolves the stage, recording first how the customer was told the findings (R3.3): the call or e-mail, with what
     * was said, under the form's communication id, so a resend records it once; the resolution names it. The page's
     * version goes with the first command: it is the one that finds the case changed. The case view lists no
     * communication ids, so the page cannot offer communications recorded earlier; the API names any of them.
     * At stage 2 the form asks for the manager's review (R4.2).
     */
    @PostMapping(ONE + "resolve")
    @PreAuthorize(INVESTIGATORS)
    String resolve(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                   Model model, HttpServletResponse response, RedirectAttributes flash) {
        return attempt(CaseAction.RESOLVE, complaintId, form, who, model, response, flash, (s, f) -> {
            Outcome outcome = f.choice("outcome", Outcome.class);
            String remedy = f.required("remedy");
            String rootCause = f.required("rootCause");
            CommunicationChannel channel = f.choice("findingsChannel", CommunicationChannel.class);
            if (channel == CommunicationChannel.LETTER) {
                f.problems().put("findingsChannel", "action.choose");
            }
            String summary = f.required("findingsSummary");
            String toldIn = f.required("findingsCommunicationId");
            StageTwoReview review = s.form().containsKey("reviewSummary")
                    ? new StageTwoReview(f.required("reviewSummary"), f.optional("reviewFurtherAction")) : null;
            if (toldIn == null || channel == null || channel == CommunicationChannel.LETTER || summary == null) {
                return null;
            }
            CommunicationId told = CommunicationId.of(toldIn);
            return new ToldAndResolved(
                    new RecordCustomerCommunication(s.id(), told, channel, Direction.OUTBOUND, summary, null, s.actor()),
                    new ResolveComplaint(s.id(), outcome, remedy, rootCause, f.checked("customerSignposted"), told,
                            review, null, s.actor(), Roles.of(who)));
        }, (sending, steps, version) -> {
            ToldAndResolved both = (ToldAndResolved) steps;
            commands.sendAndWait(version.isEmpty() ? both.told() : GenericCommandMessage.asCommandMessage(both.told())
                    .andMetaData(new ExpectedVersion(version.get()).metaData()));
            try {
                commands.sendAndWait(both.resolution());
            } catch (RuntimeException refused) {
                // the call is on record: the page shown again carries the version after it, so a resend goes through
                version.ifPresent(shown -> page.findAfter(complaintId, shown));
                throw refused;
            }
            flash.addFlashAttribute("done", "action." + CaseAction.RESOLVE.path() + ".done");
            return "redirect:/console/cases/" + complaintId + version.map(sent -> "?after=" + sent).orElse("");
        });
    }

    @PostMapping(ONE + "escalate")
    @PreAuthorize(STAFF)
    String escalate(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                    Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.ESCALATE, complaintId, form, who, model, response, flash, (s, f) ->
                new EscalateComplaint(s.id(), f.required("reason"), f.londonTime("occurredAt", london), s.actor()));
    }

    @PostMapping(ONE + "acknowledge-escalation")
    @PreAuthorize("hasRole('HEAD_OF_CUSTOMER_SERVICE')")
    String acknowledgeEscalation(@PathVariable String complaintId, @RequestParam Map<String, String> form,
                                 Authentication who, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.ACKNOWLEDGE_ESCALATION, complaintId, form, who, model, response, flash, (s, f) -> {
            DepartmentManager manager = managers.all().isEmpty() ? typedManager(f) : chosenManager(f);
            return manager == null ? null : new AcknowledgeEscalation(s.id(), manager, null, s.actor(), Roles.of(who));
        });
    }

    /** A configured manager chosen from the list, so the department is written as the manager's view asks for it. */
    private DepartmentManager chosenManager(ActionForm form) {
        String userName = form.required("manager");
        Optional<Managers.Manager> chosen = userName == null ? Optional.empty() : managers.byUserName(userName);
        if (chosen.isEmpty()) {
            form.problems().put("manager", "action.choose");
            return null;
        }
        return new DepartmentManager(chosen.get().userName(), chosen.get().name(), chosen.get().department());
    }

    /** No managers configured: the head types the manager's user name, name and department. */
    private static DepartmentManager typedManager(ActionForm form) {
        String userName = form.required("managerUserName");
        String name = form.required("managerName");
        String department = form.required("department");
        return userName == null || name == null || department == null ? null
                : new DepartmentManager(userName, name, department);
    }

    @PostMapping(ONE + "extend-deadline")
    @PreAuthorize(INVESTIGATORS)
    String extendDeadline(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.EXTEND_DEADLINE, complaintId, form, who, model, response, flash, (s, f) ->
                new ExtendDeadline(s.id(), f.date("newDeadline"), f.required("reason"),
                        CommunicationId.of(f.required("communicationId")), f.choice("channel", CommunicationChannel.class),
                        f.required("summary"), null, s.actor()));
    }

    @PostMapping(ONE + "refer")
    @PreAuthorize(STAFF)
    String refer(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                 Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.REFER, complaintId, form, who, model, response, flash, (s, f) ->
                new RecordExternalReferral(s.id(), f.required("body"), f.londonTime("occurredAt", london), s.actor()));
    }

    @PostMapping(ONE + "close")
    @PreAuthorize(STAFF)
    String close(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                 Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.CLOSE, complaintId, form, who, model, response, flash, (s, f) ->
                new CloseComplaint(s.id(), f.choice("reason", ClosureReason.class), null, s.actor()));
    }

    @PostMapping(ONE + "withdraw")
    @PreAuthorize(STAFF)
    String withdraw(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                    Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.WITHDRAW, complaintId, form, who, model, response, flash, (s, f) ->
                new WithdrawComplaint(s.id(), f.optional("reason"), f.londonTime("occurredAt", london), s.actor()));
    }

    @PostMapping(ONE + "letter")
    @PreAuthorize(INVESTIGATORS)
    String sendLetter(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                      Model model, HttpServletResponse response, RedirectAttributes flash) {
        return send(CaseAction.LETTER, complaintId, form, who, model, response, flash, (s, f) -> {
            LetterKind kind = f.choice("kind", LetterKind.class);
            return new SendLetter(s.id(), CommunicationId.of(f.required("communicationId")), kind,
                    f.required("findings"), f.optional("remedy"), signposting(kind, f), f.optional("language"), s.actor(),
                    Roles.of(who));
        });
    }

    /**
     * The letter as the customer would get it, below the form, with what was typed kept for the send; it sends nothing.
     * The form keeps the version it was shown with, so a send after the preview is still refused when someone acted on
     * the case since. Refused (a final response without signposting, R4.5; a letter that does not fit the case): as
     * an action's refusal.
     */
    @PostMapping(ONE + "letter/preview")
    @PreAuthorize(INVESTIGATORS)
    String previewLetter(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                         Model model, HttpServletResponse response, RedirectAttributes flash) {
        return attempt(CaseAction.LETTER, complaintId, form, who, model, response, flash, (s, f) -> {
            LetterKind kind = f.choice("kind", LetterKind.class);
            return new PreviewLetter(s.id(), kind, f.required("findings"), f.optional("remedy"), null,
                    signposting(kind, f), f.optional("language"));
        }, (sending, query, version) -> {
            Optional<LetterPreview> preview = queries.query((PreviewLetter) query,
                    ResponseTypes.optionalInstanceOf(LetterPreview.class)).join();
            preview.ifPresent(letter -> model.addAttribute("preview", letter));
            version.ifPresent(shown -> model.addAttribute("letterVersion", shown));
            return page.render(complaintId, who, model, response,
                    new ActionAttempt(CaseAction.LETTER.path(), form, Map.of(), null));
        });
    }

    /** Only a final response signposts (R4.5); the stage-1 outcome tells how to escalate instead. */
    private static String signposting(LetterKind kind, ActionForm form) {
        return kind == LetterKind.FINAL_RESPONSE ? form.optional("signposting") : null;
    }

    private interface Build {
        Object command(Sending sending, ActionForm form);
    }

    /** What is done with a complete form's command or query; a refusal it throws comes back on the case page. */
    private interface Step {
        String take(Sending sending, Object message, Optional<Long> version);
    }

    private String send(CaseAction action, String complaintId, Map<String, String> values, Authentication who,
                        Model model, HttpServletResponse response, RedirectAttributes flash, Build build) {
        return attempt(action, complaintId, values, who, model, response, flash, build, (sending, command, version) -> {
            commands.sendAndWait(version.isEmpty() ? command : GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(new ExpectedVersion(version.get()).metaData()));
            flash.addFlashAttribute("done", "action." + action.path() + ".done");
            return "redirect:/console/cases/" + complaintId + version.map(sent -> "?after=" + sent).orElse("");
        });
    }

    private String attempt(CaseAction action, String complaintId, Map<String, String> values, Authentication who,
                           Model model, HttpServletResponse response, RedirectAttributes flash, Build build, Step step) {
        if (!complaintId.matches(ComplaintId.FORM)) {
            return page.render(complaintId, who, model, response, ActionAttempt.NONE); // the page that is not there
        }
        Sending sending = new Sending(ComplaintId.of(complaintId), new Actor(who.getName()), who, values, model,
                response, flash);
        ActionForm form = new ActionForm(values);
        Object command;
        try {
            command = build.command(sending, form);
        } catch (IllegalArgumentException unreadable) { // an id that is no id: a page tampered with
            form.problems().putIfAbsent("form", "action.unreadable");
            command = null;
        }
        if (command == null || !form.complete()) {
            Map<String, String> errors = new LinkedHashMap<>();
            form.problems().forEach((field, key) -> errors.put(field, word(key)));
            return refused(sending, action, HttpStatus.BAD_REQUEST, errors, errors.remove("form"));
        }
        Optional<Long> version = version(values.get("version"));
        try {
            return step.take(sending, command, version);
        } catch (RuntimeException failure) {
            ErrorDetail detail = CommandRefusals.detail(failure).orElseThrow(() -> failure);
            return refused(sending, action, detail);
        }
    }

    /** The version the page showed; none (the case as it is now) when the form has none or a tampered one. */
    private static Optional<Long> version(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty()
                    : Optional.of(Long.parseLong(value.strip())).filter(version -> version >= 0);
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private String refused(Sending sending, CaseAction action, ErrorDetail detail) {
        if (detail.code() == ErrorCode.COMPLAINT_CHANGED) {
            return refused(sending, HttpStatus.CONFLICT,
                    ActionAttempt.changed(action.path(), sending.form(), detail.changes()));
        }
        ErrorCode.Kind kind = detail.code() == null ? ErrorCode.Kind.INTERNAL : detail.code().kind();
        HttpStatus status = switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.CONFLICT;
        };
        String field = Optional.ofNullable(detail.field()).map(path -> FIELDS.getOrDefault(path, path))
                .filter(sending.form()::containsKey).orElse(null);
        if (kind == ErrorCode.Kind.BAD_INPUT && field != null) {
            return refused(sending, action, status, Map.of(field, detail.message()), null);
        }
        return refused(sending, action, status, Map.of(), word("action.refused", detail.message()));
    }

    private String refused(Sending sending, CaseAction action, HttpStatus status, Map<String, String> errors,
                           String banner) {
        return refused(sending, status, new ActionAttempt(action.path(), sending.form(), errors, banner));
    }

    private String refused(Sending sending, HttpStatus status, ActionAttempt attempt) {
        String view = page.render(sending.id().value(), sending.who(), sending.model(), sending.response(), attempt);
        if (sending.response().getStatus() != HttpStatus.NOT_FOUND.value()) {
            sending.response().setStatus(status.value());
        }
        return view;
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
