package uk.co.welzo.klachten.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the session here has ended, ends the one at the identity provider too (OpenID Connect RP-initiated logout),
 * so that the next person at the same browser is asked who they are; the provider sends them back to the sign-in page.
 * Without an end-session address, or for someone who did not sign in there, straight to the sign-in page.
 */
final class SignOutAtProvider implements LogoutSuccessHandler {

    static final String SIGNED_OUT = "/sign-in?signed-out";

    private final String endSessionUri;
    private final ClientRegistrationRepository clients;

    SignOutAtProvider(String endSessionUri, ClientRegistrationRepository clients) {
        this.endSessionUri = endSessionUri;
        this.clients = clients;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication who)
            throws IOException {
        String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + "/sign-in").replaceQuery("signed-out").build().toUriString();
        if (endSessionUri == null || endSessionUri.isBlank() || !(who instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        ClientRegistration client = clients.findByRegistrationId(token.getAuthorizedClientRegistrationId());
        String clientId = client == null ? null : client.getClientId();
        response.sendRedirect(UriComponentsBuilder.fromUriString(endSessionUri)
                .queryParam("id_token_hint", "{token}")
                .queryParam("client_id", "{client}")
                .queryParam("post_logout_redirect_uri", "{back}")
                .encode().buildAndExpand(user.getIdToken().getTokenValue(), clientId, back).toUriString());
    }
}
