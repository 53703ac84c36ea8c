package uk.co.welzo.klachten.platform.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which roles may call the endpoints a method and path pattern (Spring MVC's syntax, e.g.
 * {@code /api/complaints/{complaintId}/notes}) name. Checked in the security filter chain, before the request is bound
 * or validated, so that a caller without the right learns nothing from the answer about what the endpoint accepts.
 *
 * @param method the HTTP method, or null for any
 */
public record EndpointRule(HttpMethod method, String pattern, List<String> roles) {

    public EndpointRule {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a rule names at least one role: " + pattern);
        }
        roles = List.copyOf(roles);
    }

    public static EndpointRule get(String pattern, String... roles) {
        return new EndpointRule(HttpMethod.GET, pattern, List.of(roles));
    }

    public static EndpointRule post(String pattern, String... roles) {
        return new EndpointRule(HttpMethod.POST, pattern, List.of(roles));
    }

    public static EndpointRule put(String pattern, String... roles) {
        return new EndpointRule(HttpMethod.PUT, pattern, List.of(roles));
    }

    public static EndpointRule delete(String pattern, String... roles) {
        return new EndpointRule(HttpMethod.DELETE, pattern, List.of(roles));
    }

    /** Every method under a pattern such as {@code /api/admin/**}. */
    public static EndpointRule any(String pattern, String... roles) {
        return new EndpointRule(null, pattern, List.of(roles));
    }

    public RequestMatcher matcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
