package uk.co.welzo.klachten.web.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.platform.security.KlachtenSecurityProperties;

/** The way in: {@code /} sends each person to their start page, {@code /sign-in} shows the form Spring Security reads. */
@Controller
class SignInController {

    private final KlachtenSecurityProperties security;

    SignInController(KlachtenSecurityProperties security) {
        this.security = security;
    }

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String start(Authentication who, Model model) {
        if (!isSignedIn(who)) {
            return "redirect:/sign-in";
        }
        StartPage start = StartPage.of(who);
        if (start.path() != null) {
            return "redirect:" + start.path();
        }
        model.addAttribute("person", SignedInPerson.of(who));
        return "security/no-screens";
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(Authentication who, Model model, @RequestParam(name = "failed", required = false) String failed,
                  @RequestParam(name = "signed-out", required = false) String signedOut) {
        if (isSignedIn(who)) {
            return "redirect:/";
        }
        model.addAttribute("failed", failed != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("formSignIn", security.mode() == KlachtenSecurityProperties.Mode.DEMO);
        return "security/sign-in";
    }

    static boolean isSignedIn(Authentication who) {
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }
}
