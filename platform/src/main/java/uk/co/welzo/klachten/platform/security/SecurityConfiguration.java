package uk.co.welzo.klachten.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * One stateless filter chain for the JSON API. Who the caller is comes from demo users over HTTP Basic
 * ({@code klachten.security.mode=demo}, the default) or from a JWT ({@code jwt}). What they may do is decided here,
 * before a request is bound or validated, by the {@link EndpointRules} each module contributes for its controllers, and
 * again by the controllers' {@code @PreAuthorize}. A request no rule names needs a signed-in caller and nothing more, so
 * an unknown path is a 404 rather than a 403; a test checks that every endpoint has a rule. Refusals are problem
 * details like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(KlachtenSecurityProperties.class)
public class SecurityConfiguration {

    static final String MODE = "klachten.security.mode";
    static final String REALM = "klachten";

    private static final String[] PUBLIC = {
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /** What an orchestrator asks without credentials: is the process alive, may it take traffic. */
    private static final String[] PROBES = {"/actuator/health/liveness", "/actuator/health/readiness"};

    /**
     * No observation of every security filter, authentication and authorisation of every request: nothing here traces
     * them, and wrapping each filter of the chain in an observation was a tenth of a lodge's request thread in the
     * profile of #19. Requests stay measured as a whole ({@code http_server_requests}), refusals stay in the log.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    static HttpSecurity api(HttpSecurity http, ObjectProvider<EndpointRules> endpoints,
                            AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden) throws Exception {
        List<EndpointRule> rules = endpoints.orderedStream().flatMap(module -> module.rules().stream()).toList();
        return http
                .csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: nothing for CSRF to ride on
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC).permitAll()
                            .requestMatchers(PROBES).permitAll();
                    rules.forEach(rule -> requests.requestMatchers(rule.matcher())
                            .hasAnyRole(rule.roles().toArray(String[]::new)));
                    // health with its components, info, metrics: operators only
                    requests.requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                            .anyRequest().authenticated();
                })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
    }

    /** HTTP Basic against the documented demo users: for trying the service out, never for production. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MODE, havingValue = "demo", matchIfMissing = true)
    static class Demo {

        private static final Logger log = LoggerFactory.getLogger(Demo.class);

        @Bean
        SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<EndpointRules> endpoints, ObjectMapper json)
                throws Exception {
            AuthenticationEntryPoint unauthenticated =
                    ProblemResponses.unauthenticated(json, ProblemResponses.basicChallenge(REALM));
            return api(http, endpoints, unauthenticated, ProblemResponses.forbidden(json))
                    .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                    .build();
        }

        @Bean
        PasswordEncoder passwordEncoder(KlachtenSecurityProperties properties) {
            return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                    properties.verifiedPasswordLifetime(), 10_000);
        }

        @Bean
        UserDetailsService demoUsers(KlachtenSecurityProperties properties, PasswordEncoder encoder) {
            String password = encoder.encode(properties.demoPassword());
            log.warn("Security mode 'demo': demo users (intake, agent, agent2, head, manager, analyst, auditor, admin, dpo) "
                    + "sign in with HTTP Basic and one shared password. Set {}=jwt for real use.", MODE);
            return new InMemoryUserDetailsManager(
                    user("intake", password, Roles.INTAKE),
                    user("agent", password, Roles.AGENT),
                    user("agent2", password, Roles.AGENT),
                    user("head", password, Roles.HEAD_OF_CUSTOMER_SERVICE),
                    user("manager", password, Roles.DEPARTMENT_MANAGER),
                    user("analyst", password, Roles.ANALYST),
                    user("auditor", password, Roles.AUDITOR),
                    user("admin", password, Roles.ADMIN),
                    user("dpo", password, Roles.DATA_PROTECTION_OFFICER));
        }

        private static UserDetails user(String name, String encodedPassword, String role) {
            return User.withUsername(name).password(encodedPassword).roles(role).build();
        }
    }

    /** Bearer JWTs from the operator's identity provider; the decoder comes from Boot's resource-server properties. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MODE, havingValue = "jwt")
    static class Jwt {

        @Bean
        SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<EndpointRules> endpoints, ObjectMapper json,
                                        KlachtenSecurityProperties properties, JwtDecoder decoder) throws Exception {
            AuthenticationEntryPoint unauthenticated =
                    ProblemResponses.unauthenticated(json, new BearerTokenAuthenticationEntryPoint());
            AccessDeniedHandler forbidden = (request, response, exception) -> {
                new BearerTokenAccessDeniedHandler().handle(request, response, exception);
                ProblemResponses.forbidden(json).handle(request, response, exception);
            };
            JwtRolesConverter roles = new JwtRolesConverter(
                    properties.jwt().rolesClaim(), properties.jwt().principalClaim());
            return api(http, endpoints, unauthenticated, forbidden)
                    .oauth2ResourceServer(server -> server
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(roles).decoder(new VerifiedTokens(decoder,
                                    properties.jwt().verifiedTokenLifetime(), 10_000)))
                            .authenticationEntryPoint(unauthenticated)
                            .accessDeniedHandler(forbidden)
                            .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                                @Override
                                public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                                    filter.setAuthenticationFailureHandler(
                                            ProblemResponses.bearerFailures(json, unauthenticated));
                                    return filter;
                                }
                            }))
                    .build();
        }
    }
}
