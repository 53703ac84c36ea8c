package uk.co.welzo.klachten.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The readable 403: the chain forwards here, with the request's own method, when a signed-in person may not see a
 * page, or when a form came back without its CSRF token (an expired session, most likely, or another site's post).
 */
@Controller
class AccessDeniedController {

    @RequestMapping("/access-denied")
    @PreAuthorize("permitAll()")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied(HttpServletRequest request, Model model) {
        model.addAttribute("expiredForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "security/access-denied";
    }
}
