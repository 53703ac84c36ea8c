package uk.co.welzo.klachten.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API for springdoc: what it is, that every call needs HTTP Basic (demo) or a bearer JWT, and, through
 * the customizers, what the server really enforces and answers, so a client generated from it is not refused.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI klachtenOpenApi() {
        Components components = new Components();
        ProblemSchema.addTo(components);
        return new OpenAPI()
                .info(new Info()
                        .title("Klachten")
                        .version("v1")
                        .description("""
                                Complaint handling for Welzo: lodge, acknowledge, investigate, resolve, escalate \
                                and close customer complaints within the complaints-procedure deadlines. \
                                Errors are RFC 9457 problem details (application/problem+json) with a stable \
                                `type` URI and a `code`. Sign in with HTTP Basic as a demo user \
                                (klachten.security.mode=demo) or with a bearer JWT carrying a `roles` claim \
                                (klachten.security.mode=jwt)."""))
                .components(components
                        .addSecuritySchemes(BASIC, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Demo users (demo mode)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A JWT from the operator's identity provider (jwt mode)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    GlobalOperationCustomizer problemAnswers() {
        return new ProblemAnswers();
    }

    @Bean
    ParameterCustomizer parameterRules() {
        return new ParameterRules();
    }

    @Bean
    OpenApiCustomizer requestBodyRules(BeanFactory beans) {
        return new RequestBodyRules(beans);
    }
}
