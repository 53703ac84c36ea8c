package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;
import uk.co.welzo.klachten.platform.security.Roles;

/**
 * Issue #12: who may call an endpoint is decided before its input is read. For every handler method of every
 * controller of ours, found in the running service so that a new endpoint is covered without touching this test: a URL
 * rule names it, with the roles of its {@code @PreAuthorize}; a role without the right gets 403 for a request whose
 * body, path or parameters are invalid, so the answer tells it nothing about what the endpoint accepts; a role with the
 * right gets the 400 (or 404) the invalid request deserves.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closes the embedded stores before the temporary data directory goes, and hands logging back to the next service
@DirtiesContext
class AuthorisationBeforeValidationTest {

    /** A value for each path variable that fails its check; a new variable name needs one here. */
    static final Map<String, String> INVALID_PATH_VARIABLES = Map.of(
            "complaintId", "-not-an-id",
            "inquiryId", "-not-an-id",
            "reference", mistypedReference(),
            "kind", "NO_SUCH_DEADLINE",
            "group", "no-such-group",
            "sequenceId", "no-such-sequence",
            "key", "no-such-letter",
            "actionId", "-not-an-id");

    static final String GARBAGE_JSON = "{\"x\":";
    static final String NOT_A_VALUE = "not-a-value";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("klachten.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ObjectProvider<EndpointRules> endpointRules;

    static Map<String, String> usersByRole;

    @BeforeAll
    static void usersByRole() {
        usersByRole = QueryRoleMatrixTest.USERS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (one, other) -> one));
        assertThat(usersByRole.keySet()).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    /** One handler method reached by one HTTP method and path pattern. */
    record Endpoint(String method, String pattern, HandlerMethod handler, Set<String> allowed) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    @DisplayName("every endpoint has a URL rule whose roles are those of its @PreAuthorize")
    void everyEndpointHasAMatchingUrlRule() {
        List<EndpointRule> rules = endpointRules.orderedStream().flatMap(module -> module.rules().stream()).toList();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("handler methods found").hasSizeGreaterThan(30);
        for (Endpoint endpoint : endpoints) {
            MockHttpServletRequest request = new MockHttpServletRequest(endpoint.method(), path(endpoint.pattern()));
            Optional<EndpointRule> decides = rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
            assertThat(decides).as("a URL rule for %s", endpoint).isPresent();
            assertThat(Set.copyOf(decides.get().roles())).as("roles of the rule %s for %s", decides.get(), endpoint)
                    .isEqualTo(endpoint.allowed());
        }
    }

    @Test
    @DisplayName("an invalid request answers 403 to every role without the right, 400 or 404 to those with it, never 403")
    void forbiddenComesBeforeInvalid() {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Request invalid = invalidRequest(endpoint);
            for (String role : Roles.ALL) {
                HttpResponse<String> answer = exchange(endpoint.method(), invalid.path(), usersByRole.get(role),
                        invalid.body());
                String contentType = answer.headers().firstValue("Content-Type").orElse("");
                boolean right;
                if (!endpoint.allowed().contains(role)) {
                    right = answer.statusCode() == 403 && contentType.startsWith("application/problem+json");
                } else if (invalid.spoiled()) {
                    right = answer.statusCode() == 400 || answer.statusCode() == 404;
                } else {
                    right = answer.statusCode() / 100 == 2; // nothing in it to spoil: it succeeds
                }
                if (!right) {
                    failures.add("%s %s as %s (%s): %d %s %s".formatted(endpoint.method(), invalid.path(), role,
                            endpoint.allowed().contains(role) ? "allowed" : "not allowed", answer.statusCode(),
                            contentType, answer.body()));
                }
            }
            HttpResponse<String> anonymous = exchange(endpoint.method(), invalid.path(), null, invalid.body());
            if (anonymous.statusCode() != 401) {
                failures.add("%s %s anonymous: %d".formatted(endpoint.method(), invalid.path(), anonymous.statusCode()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @DisplayName("an unknown path is a 404 for a signed-in caller, not a 403, and a 401 for anyone else")
    void unknownPathsAreNotFound() {
        RunningService service = RunningService.at(port);
        assertThat(service.send("GET", "/api/no-such-thing", "agent", null).status()).isEqualTo(404);
        assertThat(service.send("GET", "/api/no-such-thing", null, null).status()).isEqualTo(401);
    }

    record Request(String path, String body, boolean spoiled) {
    }

    /** One request over HTTP/1.1; an answer that never ends fails the test instead of hanging it. */
    HttpResponse<String> exchange(String method, String path, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).get(20, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new AssertionError(method + " " + path + " as " + user + ": no complete answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every path variable fails its check, the body is not JSON, and every typed parameter is not a value of its type. */
    static Request invalidRequest(Endpoint endpoint) {
        boolean spoiled = endpoint.pattern().contains("{");
        String path = path(endpoint.pattern());
        String body = null;
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = GARBAGE_JSON;
                spoiled = true;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            String name = param.name().isEmpty() ? param.value() : param.name();
            name = name.isEmpty() ? parameter.getParameterName() : name;
            boolean required = param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
            if (parameter.getParameterType() != String.class) {
                query.add(name + "=" + NOT_A_VALUE);
                spoiled = true;
            } else if (required) {
                spoiled = true; // left out
            }
        }
        return new Request(path + query, body, spoiled);
    }

    /** The pattern with each path variable replaced by its invalid value. */
    static String path(String pattern) {
        Matcher variable = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = INVALID_PATH_VARIABLES.get(variable.group(1));
            assertThat(value).as("an invalid value for path variable '%s' of %s", variable.group(1), pattern).isNotNull();
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** Every handler method of our @RestControllers, once per HTTP method and path pattern. */
    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("uk.co.welzo.klachten")
                    || !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)
                    // the container's error page, not an endpoint: public in the chain, it describes refusals
                    || ErrorController.class.isAssignableFrom(handler.getBeanType())) {
                continue;
            }
            Set<String> allowed = allowedRoles(handler);
            Set<String> methods = mapping.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(methods).as("HTTP methods of %s", handler).isNotEmpty();
            for (String method : methods) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    endpoints.add(new Endpoint(method, pattern, handler, allowed));
                }
            }
        }
        return endpoints;
    }

    /** The roles for which the handler's @PreAuthorize expression holds. */
    static Set<String> allowedRoles(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize rule = Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class))
                .orElseGet(() -> AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
        assertThat(rule).as("@PreAuthorize on %s", handler).isNotNull();
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        Set<String> allowed = new LinkedHashSet<>();
        for (String role : Roles.ALL) {
            TestingAuthenticationToken caller = new TestingAuthenticationToken(role, "", Roles.AUTHORITY_PREFIX + role);
            EvaluationContext context = expressions.createEvaluationContext(() -> caller,
                    new SimpleMethodInvocation(handler.getBeanType(), method));
            if (ExpressionUtils.evaluateAsBoolean(expressions.getExpressionParser().parseExpression(rule.value()), context)) {
                allowed.add(role);
            }
        }
        assertThat(allowed).as("roles allowed by %s", rule.value()).isNotEmpty();
        return allowed;
    }

    private static String mistypedReference() {
        String valid = ReferenceNumber.random(new Random(12)).value();
        String mistyped = (valid.charAt(0) == '7' ? '8' : '7') + valid.substring(1);
        assertThatThrownBy(() -> ReferenceNumber.parse(mistyped)).isInstanceOf(InvalidReferenceNumber.class);
        return mistyped;
    }
}
