package uk.co.welzo.klachten.platform.security;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.platform.problem.Problems;

/**
 * Documents the problem answers an operation can really give, derived from its code instead of written per endpoint:
 * 400 when it takes a body or parameters; 401 always, as every API call needs a caller; 403 when {@code @PreAuthorize}
 * limits it to roles; 404 when its path names something (a complaint, an inquiry, a processing group); 409 when it
 * sends commands, which can break a rule or lose a race; 412 when it takes an If-Match; 500 and 503 always (the identity provider or Axon Server may
 * be out of reach). A controller documents what the code does not show (a 404 for a name in the body) with
 * {@code @ApiResponse}; its description is kept.
 */
final class ProblemAnswers implements GlobalOperationCustomizer {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        if (operation.getRequestBody() != null || hasParameters(operation)) {
            add(responses, 400, "The body or a parameter is not valid; `errors` names each one. Codes: "
                    + codes(ErrorCode.Kind.BAD_INPUT));
        }
        add(responses, 401, "No valid credentials: sign in with HTTP Basic (demo mode) or a bearer JWT. Code: UNAUTHENTICATED")
                .addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header().schema(new StringSchema())
                        .description("The scheme to sign in with"));
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule != null) {
            add(responses, 403, "Signed in without a role that may do this" + roles(rule.value()) + ". Code: FORBIDDEN");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            add(responses, 404, "What the path names does not exist. Codes: " + codes(ErrorCode.Kind.NOT_FOUND));
        }
        if (sendsCommands(handler.getBeanType())) {
            add(responses, 409, "A rule of the complaints procedure forbids it now, the id is taken, or someone else "
                    + "changed the complaint at the same time. Codes: " + codes(ErrorCode.Kind.CONFLICT, ErrorCode.Kind.RULE_BROKEN));
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(parameter ->
                "header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
            add(responses, 412, "The complaint changed after the version in If-Match; nothing was recorded. `changes` "
                    + "lists what happened since, oldest first: read the complaint again and decide. Codes: "
                    + codes(ErrorCode.Kind.PRECONDITION_FAILED));
        }
        add(responses, 500, "Something went wrong on our side; `incident` identifies it. Code: " + ErrorCode.INTERNAL_ERROR);
        add(responses, 503, "A service this request needs (the identity provider, Axon Server) cannot be reached; "
                + "try again after Retry-After seconds. Code: " + Problems.SERVICE_UNAVAILABLE)
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().schema(new IntegerSchema())
                        .description("Seconds to wait before trying again"));
        return operation.responses(responses);
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .map(Parameter::getIn).anyMatch(in -> "path".equals(in) || "query".equals(in));
    }

    /**
     * A fresh answer for {@code status}, or the one the controller documented: then its description is kept, and it
     * gets the Problem body if it names none (an {@code @ApiResponse(responseCode = "404", description = "...")}).
     */
    private static ApiResponse add(ApiResponses responses, int status, String description) {
        String code = String.valueOf(status);
        ApiResponse documented = responses.get(code);
        if (documented != null) {
            if (documented.getContent() == null || documented.getContent().isEmpty()) {
                documented.setContent(ProblemSchema.content());
            }
            return new ApiResponse();
        }
        ApiResponse answer = new ApiResponse().description(description).content(ProblemSchema.content());
        responses.addApiResponse(code, answer);
        return answer;
    }

    private static String roles(String expression) {
        Matcher matcher = ROLE.matcher(expression);
        Set<String> roles = new java.util.LinkedHashSet<>();
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles.isEmpty() ? "" : " (allowed: " + String.join(", ", roles) + ")";
    }

    private static boolean sendsCommands(Class<?> controller) {
        return Arrays.stream(controller.getDeclaredFields()).anyMatch(field -> CommandGateway.class.isAssignableFrom(field.getType()));
    }

    private static String codes(ErrorCode.Kind... kinds) {
        Set<ErrorCode.Kind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
        return Arrays.stream(ErrorCode.values()).filter(code -> wanted.contains(code.kind()))
                .map(Enum::name).collect(Collectors.joining(", "));
    }
}
