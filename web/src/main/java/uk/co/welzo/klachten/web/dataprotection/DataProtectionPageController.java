package uk.co.welzo.klachten.web.dataprotection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.complaint.command.PlaceLegalHold;
import uk.co.welzo.klachten.api.complaint.command.ReleaseLegalHold;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.api.dataprotection.subject.ExportSubjectData;
import uk.co.welzo.klachten.api.dataprotection.subject.FindSubjectComplaints;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectAccessExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintSummary;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;
import uk.co.welzo.klachten.platform.security.Roles;
import uk.co.welzo.klachten.web.CommandRefusals;

/**
 * The data-protection officer's screens (R8.2, UK GDPR art. 15 and 17): find a person's complaints by e-mail, phone or
 * name, print everything held about them, and, per complaint, erase the complainant's personal data or place and
 * release a legal hold. The person's identifiers travel only in POST bodies, never in a URL, so they stay out of
 * access logs and browser history; a complaint is named by its id. Each action sends the command the API sends, as the
 * signed-in officer; a refusal (a hold in force, a complaint still open) is shown in words, with what was typed.
 */
@Controller
class DataProtectionPageController {

    static final String OFFICER = "hasRole('DATA_PROTECTION_OFFICER')";
    private static final Logger LOG = LoggerFactory.getLogger(DataProtectionPageController.class);
    /** The grounds an officer may give: the retention clock's own is not theirs. */
    static final List<ErasureGround> GROUNDS = List.of(ErasureGround.NO_LONGER_NECESSARY,
            ErasureGround.CONSENT_WITHDRAWN, ErasureGround.OBJECTION, ErasureGround.UNLAWFULLY_PROCESSED,
            ErasureGround.LEGAL_OBLIGATION);
    static final List<Requester> REQUESTERS = List.of(Requester.DATA_SUBJECT, Requester.REPRESENTATIVE,
            Requester.REGULATOR);

    private final QueryGateway queries;
    private final CommandGateway commands;

    DataProtectionPageController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/data-protection")
    @PreAuthorize(OFFICER)
    String start(Model model) {
        model.addAttribute("person", new SubjectIdentifiers("", "", ""));
        return "dataprotection/search";
    }

    @PostMapping("/data-protection/search")
    @PreAuthorize(OFFICER)
    String search(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        SubjectIdentifiers person = person(form);
        model.addAttribute("person", person);
        if (person == null) {
            return nobodyNamed(model, response, form);
        }
        List<SubjectComplaintSummary> found = queries.query(new FindSubjectComplaints(person),
                ResponseTypes.multipleInstancesOf(SubjectComplaintSummary.class)).join();
        model.addAttribute("found", found);
        return "dataprotection/search";
    }

    @PostMapping("/data-protection/export")
    @PreAuthorize(OFFICER)
    String export(@RequestParam Map<String, String> form, Authentication who, Model model,
                  HttpServletResponse response) {
        SubjectIdentifiers person = person(form);
        if (person == null) {
            return nobodyNamed(model, response, form);
        }
        SubjectAccessExport export = queries.query(new ExportSubjectData(person, who.getName()),
                ResponseTypes.instanceOf(SubjectAccessExport.class)).join();
        model.addAttribute("export", export);
        return "dataprotection/export";
    }

    @GetMapping("/data-protection/complaints/{complaintId}")
    @PreAuthorize(OFFICER)
    String complaint(@PathVariable String complaintId, Model model, HttpServletResponse response) {
        return complaintPage(complaintId, Map.of(), null, model, response, HttpStatus.OK);
    }

    @PostMapping("/data-protection/complaints/{complaintId}/erasure")
    @PreAuthorize(OFFICER)
    String erase(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                 Model model, HttpServletResponse response, RedirectAttributes flash) {
        Map<String, String> problems = new LinkedHashMap<>();
        ErasureGround ground = choice(form, "ground", GROUNDS, problems);
        Requester requester = choice(form, "requester", REQUESTERS, problems);
        String reference = form.getOrDefault("requestReference", "").trim();
        if (reference.isEmpty()) {
            problems.put("requestReference", "dp.problem.reference");
        }
        if (!"ERASE".equals(form.getOrDefault("confirm", "").trim())) {
            problems.put("confirm", "dp.problem.confirm");
        }
        if (!problems.isEmpty()) {
            return complaintPage(complaintId, form, problems, model, response, HttpStatus.BAD_REQUEST);
        }
        return send(complaintId, form, who, model, response, flash, "dp.erased",
                new EraseComplainantData(ComplaintId.of(complaintId), ground, requester, reference,
                        new Actor(who.getName()), roles(who)));
    }

    @PostMapping("/data-protection/complaints/{complaintId}/legal-hold")
    @PreAuthorize(OFFICER)
    String placeHold(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                     Model model, HttpServletResponse response, RedirectAttributes flash) {
        String reason = form.getOrDefault("holdReason", "").trim();
        if (reason.isEmpty()) {
            return complaintPage(complaintId, form, Map.of("holdReason", "dp.problem.reason"), model, response,
                    HttpStatus.BAD_REQUEST);
        }
        return send(complaintId, form, who, model, response, flash, "dp.held.done",
                new PlaceLegalHold(ComplaintId.of(complaintId), reason, new Actor(who.getName()), roles(who)));
    }

    @PostMapping("/data-protection/complaints/{complaintId}/legal-hold/release")
    @PreAuthorize(OFFICER)
    String releaseHold(@PathVariable String complaintId, @RequestParam Map<String, String> form, Authentication who,
                       Model model, HttpServletResponse response, RedirectAttributes flash) {
        String reason = form.getOrDefault("releaseReason", "").trim();
        if (reason.isEmpty()) {
            return complaintPage(complaintId, form, Map.of("releaseReason", "dp.problem.reason"), model, response,
                    HttpStatus.BAD_REQUEST);
        }
        return send(complaintId, form, who, model, response, flash, "dp.released",
                new ReleaseLegalHold(ComplaintId.of(complaintId), reason, new Actor(who.getName()), roles(who)));
    }

    private String send(String complaintId, Map<String, String> form, Authentication who, Model model,
                        HttpServletResponse response, RedirectAttributes flash, String done, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            ErrorDetail detail = CommandRefusals.detail(failure).orElseThrow(() -> failure);
            model.addAttribute("refusal", detail.message());
            return complaintPage(complaintId, form, Map.of(), model, response, HttpStatus.CONFLICT);
        }
        LOG.info("Data-protection officer {} on complaint {}: {}", who.getName(), complaintId,
                command.getClass().getSimpleName());
        flash.addFlashAttribute("done", done);
        return "redirect:/data-protection/complaints/" + complaintId;
    }

    private String complaintPage(String complaintId, Map<String, String> form, Map<String, String> problems,
                                 Model model, HttpServletResponse response, HttpStatus status) {
        Optional<ComplaintView> view = Optional.empty();
        if (Text.hasText(complaintId) && complaintId.length() <= 100) {
            view = queries.query(new FindComplaint(ComplaintId.of(complaintId)),
                    ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
        }
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "dataprotection/no-case";
        }
        response.setStatus(status.value());
        model.addAttribute("view", view.get());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems == null ? Map.of() : problems);
        model.addAttribute("grounds", GROUNDS);
        model.addAttribute("requesters", REQUESTERS);
        return "dataprotection/complaint";
    }

    private static String nobodyNamed(Model model, HttpServletResponse response, Map<String, String> form) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("person", new SubjectIdentifiers(form.getOrDefault("email", ""),
                form.getOrDefault("phone", ""), form.getOrDefault("name", "")));
        model.addAttribute("nobody", true);
        return "dataprotection/search";
    }

    /** The person the form names, or null when it names nobody. */
    private static SubjectIdentifiers person(Map<String, String> form) {
        String email = form.getOrDefault("email", "").trim();
        String phone = form.getOrDefault("phone", "").trim();
        String name = form.getOrDefault("name", "").trim();
        if (email.isEmpty() && phone.isEmpty() && name.isEmpty()) {
            return null;
        }
        return new SubjectIdentifiers(email.isEmpty() ? null : email, phone.isEmpty() ? null : phone,
                name.isEmpty() ? null : name);
    }

    private static <E extends Enum<E>> E choice(Map<String, String> form, String field, List<E> allowed,
                                                Map<String, String> problems) {
        String value = form.getOrDefault(field, "");
        for (E option : allowed) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        problems.put(field, "dp.problem.choose");
        return null;
    }

    private static Set<Role> roles(Authentication who) {
        return Roles.of(who);
    }
}
