package uk.co.welzo.klachten.web.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.platform.security.KlachtenSecurityProperties;

/**
 * The way in: {@code /} sends each person to their start page, {@code /sign-in} shows the form Spring Security reads
 * (demo mode) or the way to the identity provider (jwt mode, one link per client registration).
 */
@Controller
class SignInController {

    /** One way to sign in through an identity provider: where it starts and what the provider is called. */
    record SingleSignOn(String registrationId, String name) {
    }

    private final KlachtenSecurityProperties security;
    private final List<SingleSignOn> singleSignOn;

    SignInController(KlachtenSecurityProperties security, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.security = security;
        this.singleSignOn = security.mode() == KlachtenSecurityProperties.Mode.JWT
                ? singleSignOn(registrations.getIfAvailable()) : List.of();
    }

    private static List<SingleSignOn> singleSignOn(ClientRegistrationRepository registrations) {
        List<SingleSignOn> ways = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object one : all) {
                if (one instanceof ClientRegistration registration) {
                    ways.add(new SingleSignOn(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        return List.copyOf(ways);
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
        model.addAttribute("singleSignOn", singleSignOn);
        return "security/sign-in";
    }

    static boolean isSignedIn(Authentication who) {
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }
}
