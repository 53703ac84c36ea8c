package uk.co.welzo.klachten.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code klachten.web.single-sign-on.*}: what the pages need to know of the identity provider beyond Spring's client
 * registration ({@code spring.security.oauth2.client.registration.*}), which names its endpoints one by one so that the
 * browser and this service may reach the provider at different addresses (docs/distributed.md).
 *
 * @param issuer         the {@code iss} every ID token must carry (the provider's public address, as in the API's
 *                       tokens); empty checks no issuer, which only a test should want
 * @param endSessionUri  where sign-out also ends the provider's session (RP-initiated logout); empty to end only ours
 */
@ConfigurationProperties("klachten.web.single-sign-on")
record SingleSignOnProperties(@DefaultValue("") String issuer, @DefaultValue("") String endSessionUri) {
}
