package uk.co.welzo.klachten.web.security;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * ID tokens checked as Spring checks them (signature from the provider's key set, audience, expiry, nonce) and also
 * against the expected issuer. Spring compares the issuer only with a registration found by discovery, which the
 * distributed stack cannot use: the provider's public address, its issuer, is not reachable from inside the network.
 */
final class IdTokenChecks {

    private IdTokenChecks() {
    }

    static JwtDecoderFactory<ClientRegistration> decoders(String issuer) {
        OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
        if (issuer != null && !issuer.isBlank()) {
            decoders.setJwtValidatorFactory(registration -> new DelegatingOAuth2TokenValidator<>(
                    new OidcIdTokenValidator(registration), new JwtIssuerValidator(issuer)));
        }
        return decoders;
    }
}
