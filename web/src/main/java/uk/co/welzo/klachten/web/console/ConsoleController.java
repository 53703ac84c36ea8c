package uk.co.welzo.klachten.web.console;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.co.welzo.klachten.web.security.SignedInPerson;

/** The staff console's start page; for now it says who is signed in (the queue and case pages are the next step of #14). */
@Controller
class ConsoleController {

    static final String STAFF = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";

    @GetMapping("/console")
    @PreAuthorize(STAFF)
    String console(Authentication who, Model model) {
        model.addAttribute("person", SignedInPerson.of(who));
        return "console/start";
    }
}
