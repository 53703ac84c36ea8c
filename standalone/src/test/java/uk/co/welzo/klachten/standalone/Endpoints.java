package uk.co.welzo.klachten.standalone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API as Spring MVC maps it, so a new endpoint is covered without touching the tests: its
 * method and path, the types of its path variables, query parameters and body, and a demo user whose role
 * {@code @PreAuthorize} lets in.
 */
record Endpoints(List<Endpoint> all) {

    private static final String OURS = "uk.co.welzo.klachten.";
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    /** The demo user of each role (SecurityConfiguration.Demo). */
    private static final Map<String, String> USERS = Map.of("INTAKE", "intake", "AGENT", "agent",
            "HEAD_OF_CUSTOMER_SERVICE", "head", "DEPARTMENT_MANAGER", "manager", "ANALYST", "analyst",
            "AUDITOR", "auditor", "ADMIN", "admin");

    record Parameter(String name, Class<?> type, boolean required) {
    }

    record Endpoint(String method, String path, List<Parameter> pathVariables, List<Parameter> queryParameters,
                    Class<?> body, String user, boolean streams) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Endpoints of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (!type.startsWith(OURS) || type.contains(".platform.") || type.startsWith(OURS + "web.")) {
                return; // Boot's, springdoc's, the platform's error page and the pages (tested in web) are not the API
            }
            for (String path : info.getPatternValues()) {
                for (RequestMethod method : methods(info)) {
                    endpoints.add(endpoint(method.name(), path, info, handler));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return new Endpoints(List.copyOf(endpoints));
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    private static Endpoint endpoint(String method, String path, RequestMappingInfo info, HandlerMethod handler) {
        List<Parameter> pathVariables = new ArrayList<>();
        List<Parameter> query = new ArrayList<>();
        Class<?> body = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (variable != null) {
                pathVariables.add(new Parameter(name(variable.name(), parameter), parameter.getParameterType(), true));
            } else if (param != null) {
                query.add(new Parameter(name(param.name(), parameter), parameter.getParameterType(),
                        param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())));
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = parameter.getParameterType();
            }
        }
        boolean streams = info.getProducesCondition().getProducibleMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().equals("event-stream"));
        return new Endpoint(method, path, pathVariables, query, body, user(handler), streams);
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static String user(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        Set<String> roles = new LinkedHashSet<>();
        if (rule != null) {
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
        }
        return roles.stream().filter(USERS::containsKey).findFirst().map(USERS::get).orElse("admin");
    }
}
