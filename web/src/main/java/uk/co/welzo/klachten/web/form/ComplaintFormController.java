package uk.co.welzo.klachten.web.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.web.form.LodgedForms.Sent;

/**
 * The public complaint form (R1, R1.3, R2.2): no sign-in; lodged with channel WEB_FORM by the form's intake identity;
 * answered with a confirmation page that gives the reference number, after a redirect so a reload sends nothing.
 */
@Controller
class ComplaintFormController {

    private static final Logger log = LoggerFactory.getLogger(ComplaintFormController.class);
    private static final String FORM = "form/complaint";

    private final FormLodging lodging;
    private final FormRateLimit rateLimit;
    private final RandomGenerator random;

    ComplaintFormController(FormLodging lodging, FormRateLimit rateLimit) {
        this.lodging = lodging;
        this.rateLimit = rateLimit;
        this.random = new java.security.SecureRandom();
    }

    @InitBinder("complaint")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("complaintId", "name", "email", "phone", "orderNumber", "product", "category",
                "description", "contactBy", "website");
    }

    @ModelAttribute("categories")
    Category[] categories() {
        return Category.values();
    }

    @ModelAttribute("contactPreferences")
    ContactPreference[] contactPreferences() {
        return ContactPreference.values();
    }

    @GetMapping("/complaint")
    @PreAuthorize("permitAll()")
    String blank(Model model) {
        ComplaintForm form = new ComplaintForm();
        form.setComplaintId(newId());
        model.addAttribute("complaint", form);
        return FORM;
    }

    @PostMapping("/complaint")
    @PreAuthorize("permitAll()")
    String send(@ModelAttribute("complaint") ComplaintForm form, BindingResult errors, HttpServletRequest request,
                HttpServletResponse response, HttpSession session, Model model) {
        OptionalLong wait = rateLimit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            log.info("Complaint form: a client address sent too often; answered 429, nothing lodged");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            model.addAttribute("minutes", Math.max(1, (wait.getAsLong() + 59) / 60));
            return "form/too-many";
        }
        LodgedForms sent = LodgedForms.in(session);
        if (form.getComplaintId() == null || !form.getComplaintId().matches(ComplaintId.FORM)) {
            form.setComplaintId(newId()); // a form tampered with or from an old page: this one gets an id of its own
        } else if (sent.find(form.getComplaintId()).isPresent()) {
            return confirmation(form.getComplaintId());
        }
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            log.info("Complaint form: the hidden field was filled in, so a robot sent it; shown a confirmation, nothing lodged");
            sent.remember(form.getComplaintId(), new Sent(ReferenceNumber.random(random).value(), true));
            return confirmation(form.getComplaintId());
        }
        ComplaintFormRules.check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORM;
        }
        FormLodging.Outcome outcome = lodging.lodge(form);
        if (outcome.reference() != null) {
            sent.remember(form.getComplaintId(), new Sent(outcome.reference().value(), false));
            return confirmation(form.getComplaintId());
        }
        outcome.refusal().applyTo(errors);
        if (outcome.refusal().newForm()) {
            form.setComplaintId(newId());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return FORM;
    }

    @GetMapping("/complaint/{complaintId}/confirmation")
    @PreAuthorize("permitAll()")
    String confirmation(@PathVariable String complaintId, HttpSession session, Model model,
                        HttpServletResponse response) {
        return LodgedForms.in(session).find(complaintId)
                .map(confirmation -> {
                    model.addAttribute("reference", confirmation.reference());
                    return "form/confirmation";
                })
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    return "form/no-confirmation";
                });
    }

    private static String confirmation(String complaintId) {
        return "redirect:/complaint/" + complaintId + "/confirmation";
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
