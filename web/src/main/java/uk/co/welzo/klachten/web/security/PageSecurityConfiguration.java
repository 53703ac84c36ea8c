package uk.co.welzo.klachten.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import uk.co.welzo.klachten.platform.security.KlachtenSecurityProperties;

/**
 * The pages' own filter chain, in front of the JSON API's stateless one and matching only the pages' paths, so the
 * API's rules, answers and tests stay as they are. A browser signs in once and is known by its session afterwards: no
 * password hash per request, unlike HTTP Basic. In demo mode people sign in with a form against the demo users; in
 * jwt mode through the identity provider with OpenID Connect (single sign-on, issue #18), their name and roles read
 * from the ID token as the API reads them from a bearer token ({@link StaffOidcUsers}), and signing out ends the
 * provider's session too ({@link SignOutAtProvider}). jwt mode without a client registration has no way in for staff:
 * only the public pages work there.
 * Which role sees which page is each controller's {@code @PreAuthorize}; the chain only requires a signed-in person
 * outside the public paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SingleSignOnProperties.class)
class PageSecurityConfiguration {

    static final String[] PAGES = {
            "/", "/complaint", "/complaint/**", "/console", "/console/**", "/insights", "/insights/**", "/audit",
            "/audit/**", "/admin", "/admin/**", "/data-protection", "/data-protection/**", "/sign-in", "/sign-out",
            "/access-denied", "/oauth2/authorization/**", "/login/oauth2/code/**",
            "/webjars/**", "/css/**", "/js/**", "/favicon.ico"};

    static final String[] PUBLIC = {
            "/complaint", "/complaint/**", "/sign-in", "/access-denied", "/webjars/**", "/css/**", "/js/**",
            "/favicon.ico"};

    /** No inline script or style anywhere, no framing, forms post only to us. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pageSecurity(HttpSecurity http, KlachtenSecurityProperties properties,
                                     ObjectProvider<ClientRegistrationRepository> registrations,
                                     SingleSignOnProperties singleSignOn) throws Exception {
        http.securityMatcher(PAGES)
                .sessionManagement(sessions -> sessions
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/").permitAll() // sends each person where they belong
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler(accessDenied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"));
        if (properties.mode() == KlachtenSecurityProperties.Mode.DEMO) {
            http.formLogin(form -> form
                    .loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .defaultSuccessUrl("/", false)
                    .failureUrl("/sign-in?failed")
                    .permitAll());
        } else {
            http.formLogin(AbstractHttpConfigurer::disable);
            ClientRegistrationRepository clients = registrations.getIfAvailable();
            if (clients != null) {
                http.oauth2Login(login -> login
                                .loginPage("/sign-in")
                                .userInfoEndpoint(user -> user.oidcUserService(new StaffOidcUsers(properties.jwt())))
                                .defaultSuccessUrl("/", false)
                                .failureUrl("/sign-in?failed"))
                        .logout(logout -> logout.logoutSuccessHandler(
                                new SignOutAtProvider(singleSignOn.endSessionUri(), clients)));
            }
        }
        return http.build();
    }

    /** ID tokens checked against the expected issuer as well ({@link IdTokenChecks}); unused without a registration. */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders(SingleSignOnProperties singleSignOn) {
        return IdTokenChecks.decoders(singleSignOn.issuer());
    }

    /** The container's session cookie is HttpOnly already; SameSite=Lax keeps it off other sites' form posts. */
    @Bean
    CookieSameSiteSupplier sessionCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
    }

    private static AccessDeniedHandlerImpl accessDenied() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage("/access-denied");
        return handler;
    }
}
