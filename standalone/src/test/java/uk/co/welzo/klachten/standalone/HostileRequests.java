package uk.co.welzo.klachten.standalone;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import uk.co.welzo.klachten.standalone.Endpoints.Endpoint;
import uk.co.welzo.klachten.standalone.Endpoints.Parameter;

/**
 * Hostile requests for one endpoint, each labelled with its family and whether it is invalid by construction (a
 * request the service must never answer with 2xx). Bodies are built from the request record's components and their
 * constraint annotations: a plausible valid body, then one field or the whole body or a header made wrong.
 */
final class HostileRequests {

    /** One request to send; {@code target} goes into the request line as written. */
    record Attempt(String family, boolean invalid, String method, String target, List<String[]> headers, String body,
                   String user) {

        String describe() {
            String shownBody = body == null ? "" : " body " + (body.length() > 160 ? body.substring(0, 160) + "…(" + body.length() + " chars)" : body);
            String shownHeaders = headers.stream().map(h -> h[0] + ": " + (h[1].length() > 60 ? h[1].substring(0, 60) + "…" : h[1]))
                    .collect(Collectors.joining("; "));
            return method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target)
                    + " as " + user + " [" + shownHeaders + "]" + shownBody;
        }
    }

    /** A value for one field: raw JSON, or null to leave the field out. */
    private record Value(String family, String json, boolean invalid) {
    }

    private static final String JSON = "application/json";
    /** Whitespace by Unicode's reckoning that Java's trim() and Bean Validation's @NotBlank may not see. */
    private static final List<String> UNICODE_BLANKS = List.of("\u00a0", "\u2003\u2009", "\u3000", "\u202f\u2007",
            "\u1680", "\u0085", "\u2028", "\u200b\ufeff");
    private static final List<String> HOSTILE_SEGMENTS = List.of("a%2Fb", "%2F", "%00", "a%00b", "..", "%2e%2e",
            ".%2e", "a;b=c", "a%3Bb", "%25", "%5C", "a\\b", "%FF%FE", "%C3%A9t%C3%A9", "%", "%zz", "~", ".",
            "%0d%0aX-Injected:%20yes", "%3Cscript%3E", "a%20b", "a b", "a\tb", "{x}", "|", "\"", "^", "`", "%7F",
            "a".repeat(10_000), "%u0041");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "text/plain", "bogus", "a/b/c",
            "*/*;q=0", "application/json;q=abc", "text/event-stream", "image/png", "application/problem+xml", "",
            "application/json, " + "x/y;q=0.1, ".repeat(400) + "*/*");
    private static final List<String[]> CONTENT_TYPES_REFUSED = List.<String[]>of(
            new String[]{"text/plain", null}, new String[]{"application/xml", "<complaint><channel>EMAIL</channel></complaint>"},
            new String[]{"application/xml", null}, new String[]{"text/xml", "<a/>"},
            new String[]{"application/x-www-form-urlencoded", "channel=EMAIL&note=x"},
            new String[]{"multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--zz--"},
            new String[]{"application/octet-stream", null}, new String[]{"image/png", null}, new String[]{"", null});
    private static final List<String> CONTENT_TYPES_ODD = List.of("application/json;charset=UTF-16",
            "application/json;charset=bogus", "application/json;charset=ISO-8859-1", "APPLICATION/JSON",
            "application/json;;", "application/json, text/plain", "application/problem+json",
            "application/vnd.klachten+json", "application/json; charset=\"utf-8\"", "*/*", "application/*");

    private final Random random;
    private final List<String> complaintIds;
    private final String reference;
    private final AtomicInteger ids = new AtomicInteger();

    HostileRequests(Random random, List<String> complaintIds, String reference) {
        this.random = random;
        this.complaintIds = complaintIds;
        this.reference = reference;
    }

    /** Every family once for every field, path variable and parameter of the endpoint. */
    List<Attempt> systematic(Endpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        if (endpoint.body() != null) {
            for (String field : fields(endpoint.body(), "")) {
                for (Value value : values(component(endpoint.body(), field))) {
                    attempts.add(withBody(endpoint, "json: " + value.family(), value.invalid(), object(endpoint.body(), "", field, value)));
                }
            }
            attempts.add(withBody(endpoint, "json: unknown property", true,
                    base(endpoint.body()).replaceFirst("\\{", "{\"zzUnknown\":1,")));
            wholeBodies(endpoint, attempts);
            contentTypes(endpoint, attempts);
        }
        for (Parameter variable : endpoint.pathVariables()) {
            for (String segment : HOSTILE_SEGMENTS) {
                // dot segments lead to another path once normalised, so only the others are invalid by construction
                boolean invalidId = isId(variable) && endpoint.method().equals("GET")
                        && !segment.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") && !segment.matches("(\\.|%2e)+");
                attempts.add(attempt(endpoint, "path: hostile variable " + abbreviate(segment),
                        invalidId, path(endpoint, variable.name(), segment) + query(endpoint, null, null), baseBody(endpoint)));
            }
        }
        for (String suffix : List.of("/", "//", "/..%2F..%2Factuator", "/%2e%2e/%2e%2e/actuator/health", "%20", ";x=1",
                "/../../actuator/env", "?%", "?a=%zz", "#frag")) {
            attempts.add(attempt(endpoint, "path: hostile suffix " + suffix, false, path(endpoint, null, null) + suffix, baseBody(endpoint)));
        }
        attempts.add(attempt(endpoint, "path: upper case", false, path(endpoint, null, null).toUpperCase(), baseBody(endpoint)));
        for (Parameter parameter : endpoint.queryParameters()) {
            for (Value value : queryValues(parameter)) {
                attempts.add(attempt(endpoint, "query: " + value.family(), value.invalid(),
                        path(endpoint, null, null) + query(endpoint, parameter.name(), value.json()), baseBody(endpoint)));
            }
        }
        attempts.add(attempt(endpoint, "query: unknown and repeated parameters", false, path(endpoint, null, null)
                + query(endpoint, null, null) + (endpoint.queryParameters().isEmpty() ? "?" : "&") + "zz=1&zz=2&"
                + "x".repeat(4_000) + "=y", baseBody(endpoint)));
        for (String accept : ACCEPTS) {
            attempts.add(new Attempt("header: odd Accept " + abbreviate(accept), false, endpoint.method(), baseTarget(endpoint),
                    headers(endpoint, "Accept", accept), baseBody(endpoint), endpoint.user()));
        }
        headerAttacks(endpoint, attempts);
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FUZZ", "HEAD")) {
            if (!method.equals(endpoint.method())) {
                attempts.add(new Attempt("method: " + method + " not mapped here", false, method, baseTarget(endpoint),
                        headers(endpoint, null, null), method.equals("GET") || method.equals("HEAD") ? null : baseBody(endpoint),
                        endpoint.user()));
            }
        }
        return attempts;
    }

    /** A random mix: two or three field values at once, under a random Accept. */
    Attempt random(Endpoint endpoint) {
        if (endpoint.body() == null) {
            List<Attempt> choices = systematic(endpoint);
            return choices.get(random.nextInt(choices.size()));
        }
        String body = base(endpoint.body());
        boolean invalid = false;
        List<String> families = new ArrayList<>();
        List<String> fields = fields(endpoint.body(), "");
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            List<Value> values = values(component(endpoint.body(), field));
            Value value = values.get(random.nextInt(values.size()));
            body = object(endpoint.body(), "", field, value); // later picks replace earlier ones: one mutation decides
            invalid = value.invalid();
            families.add(value.family());
        }
        String accept = random.nextBoolean() ? JSON : ACCEPTS.get(random.nextInt(ACCEPTS.size()));
        return new Attempt("random: " + families.get(families.size() - 1), invalid, endpoint.method(), baseTarget(endpoint),
                headers(endpoint, "Accept", accept), body, endpoint.user());
    }

    private static String abbreviate(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }

    // --- bodies

    private void wholeBodies(Endpoint endpoint, List<Attempt> attempts) {
        String base = base(endpoint.body());
        String first = fields(endpoint.body(), "").get(0).split("\\.")[0];
        List<String[]> bodies = List.of(new String[]{"empty body", ""}, new String[]{"null body", "null"},
                new String[]{"array body", "[]"}, new String[]{"array of the body", "[" + base + "]"},
                new String[]{"number body", "42"}, new String[]{"string body", "\"text\""},
                new String[]{"truncated", base.substring(0, base.length() / 2)},
                new String[]{"trailing garbage", base + " garbage"}, new String[]{"trailing object", base + "{}"},
                new String[]{"trailing comma", base.substring(0, base.length() - 1) + ",}"},
                new String[]{"duplicate key", "{\"" + first + "\":" + baseValue(endpoint.body(), first) + ","
                        + base.substring(1)},
                new String[]{"single quotes", base.replace('"', '\'')},
                new String[]{"comment", "/* c */" + base}, new String[]{"NaN value", base.replaceFirst("\\{", "{\"zz\":NaN,")},
                new String[]{"deep nesting", "[".repeat(5_000) + "]".repeat(5_000)},
                new String[]{"deep object nesting", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)},
                new String[]{"invalid UTF-8", new String(new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                        StandardCharsets.ISO_8859_1)});
        for (String[] body : bodies) {
            attempts.add(withBody(endpoint, "body: " + body[0], true, body[1]));
        }
        attempts.add(withBody(endpoint, "body: byte-order mark", false, "\ufeff" + base));
        attempts.add(new Attempt("body: none", true, endpoint.method(), baseTarget(endpoint), headers(endpoint, null, null),
                null, endpoint.user()));
    }

    private void contentTypes(Endpoint endpoint, List<Attempt> attempts) {
        for (String[] type : CONTENT_TYPES_REFUSED) {
            List<String[]> headers = new ArrayList<>(List.of(auth(endpoint.user()), new String[]{"Accept", JSON}));
            if (!type[0].isEmpty()) {
                headers.add(new String[]{"Content-Type", type[0]});
            }
            attempts.add(new Attempt("content type: " + (type[0].isEmpty() ? "none" : type[0].split(";")[0]), true,
                    endpoint.method(), baseTarget(endpoint), headers, type[1] != null ? type[1] : base(endpoint.body()),
                    endpoint.user()));
        }
        for (String type : CONTENT_TYPES_ODD) {
            attempts.add(new Attempt("content type: odd " + type, false, endpoint.method(), baseTarget(endpoint),
                    List.of(auth(endpoint.user()), new String[]{"Content-Type", type}), base(endpoint.body()), endpoint.user()));
        }
        attempts.add(new Attempt("content type: twice", false, endpoint.method(), baseTarget(endpoint),
                List.of(auth(endpoint.user()), new String[]{"Content-Type", JSON}, new String[]{"Content-Type", "text/plain"}),
                base(endpoint.body()), endpoint.user()));
    }

    private void headerAttacks(Endpoint endpoint, List<Attempt> attempts) {
        String target = baseTarget(endpoint);
        String body = baseBody(endpoint);
        attempts.add(new Attempt("header: too large", false, endpoint.method(), target,
                headers(endpoint, "X-Big", "a".repeat(20_000)), body, endpoint.user()));
        List<String[]> many = new ArrayList<>(headers(endpoint, null, null));
        for (int i = 0; i < 200; i++) {
            many.add(new String[]{"X-Many-" + i, "v".repeat(60)});
        }
        attempts.add(new Attempt("header: too many", false, endpoint.method(), target, many, body, endpoint.user()));
        for (String id : List.of("x".repeat(500), "<script>", "a b", "é", "../../etc", "%0d%0a")) {
            attempts.add(new Attempt("header: hostile correlation id", false, endpoint.method(), target,
                    headers(endpoint, "X-Correlation-Id", id), body, endpoint.user()));
        }
        for (String authorization : List.of("Basic !!!", "Basic " + b64("nocolon"), "Basic " + b64(endpoint.user() + ":wrong"),
                "Bearer abc.def.ghi", "Basic", "Digest x", "Basic " + b64("ünï:demo"), "Basic " + b64(":"),
                "Basic " + "A".repeat(6_000))) {
            List<String[]> headers = new ArrayList<>();
            headers.add(new String[]{"Authorization", authorization});
            if (body != null) {
                headers.add(new String[]{"Content-Type", JSON});
            }
            attempts.add(new Attempt("header: bad credentials", false, endpoint.method(), target, headers, body, "-"));
        }
        attempts.add(new Attempt("header: no credentials", false, endpoint.method(), target,
                body == null ? List.of() : List.<String[]>of(new String[]{"Content-Type", JSON}), body, "-"));
        attempts.add(new Attempt("header: bad Content-Length", false, endpoint.method(), target,
                List.of(auth(endpoint.user()), new String[]{"Content-Length", "abc"}), null, endpoint.user()));
        attempts.add(new Attempt("header: negative Content-Length", false, endpoint.method(), target,
                List.of(auth(endpoint.user()), new String[]{"Content-Length", "-1"}), null, endpoint.user()));
        attempts.add(new Attempt("header: bad chunked body", false, endpoint.method(), target,
                List.of(auth(endpoint.user()), new String[]{"Content-Type", JSON}, new String[]{"Transfer-Encoding", "chunked"}),
                "zz\r\n{}\r\n0\r\n\r\n", endpoint.user()));
    }

    private Attempt withBody(Endpoint endpoint, String family, boolean invalid, String body) {
        return new Attempt(family, invalid, endpoint.method(), baseTarget(endpoint), headers(endpoint, null, null), body,
                endpoint.user());
    }

    private Attempt attempt(Endpoint endpoint, String family, boolean invalid, String target, String body) {
        return new Attempt(family, invalid, endpoint.method(), target, headers(endpoint, null, null), body, endpoint.user());
    }

    private List<String[]> headers(Endpoint endpoint, String name, String value) {
        List<String[]> headers = new ArrayList<>();
        headers.add(auth(endpoint.user()));
        if (endpoint.body() != null) {
            headers.add(new String[]{"Content-Type", JSON});
        }
        if (!"Accept".equals(name)) {
            headers.add(new String[]{"Accept", endpoint.streams() ? "text/event-stream" : JSON});
        }
        if (name != null) {
            headers.add(new String[]{name, value});
        }
        return headers;
    }

    private static String[] auth(String user) {
        return new String[]{"Authorization", "Basic " + b64(user + ":demo")};
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String baseBody(Endpoint endpoint) {
        return endpoint.body() == null ? null : base(endpoint.body());
    }

    // --- JSON from request records

    /** Dotted names of every component, nested records' components after their own. */
    private static List<String> fields(Class<?> type, String prefix) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.add(prefix + component.getName());
            if (component.getType().isRecord()) {
                fields.addAll(fields(component.getType(), prefix + component.getName() + "."));
            }
        }
        return fields;
    }

    private static RecordComponent component(Class<?> type, String dotted) {
        String[] names = dotted.split("\\.", 2);
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(names[0])) {
                return names.length == 1 ? component : component(component.getType(), names[1]);
            }
        }
        throw new IllegalArgumentException(dotted);
    }

    private String base(Class<?> type) {
        return object(type, "", null, null);
    }

    private String baseValue(Class<?> type, String name) {
        return plausible(component(type, name));
    }

    /** The record as JSON: required and plausible optional values, with {@code mutated} given {@code value}. */
    private String object(Class<?> type, String prefix, String mutated, Value value) {
        List<String> members = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            String json;
            if (name.equals(mutated)) {
                json = value.json();
            } else if (component.getType().isRecord()) {
                json = object(component.getType(), name + ".", mutated, value);
            } else if (component.getType() == Instant.class && !required(component)) {
                json = null; // left out: the service takes "now", which is always in order
            } else {
                json = plausible(component);
            }
            if (json != null) {
                members.add("\"" + component.getName() + "\":" + json);
            }
        }
        return "{" + String.join(",", members) + "}";
    }

    private String plausible(RecordComponent component) {
        Class<?> type = component.getType();
        String name = component.getName().toLowerCase();
        if (type.isRecord()) {
            return object(type, "", null, null);
        }
        if (type.isEnum()) {
            return "\"" + ((Enum<?>) type.getEnumConstants()[0]).name() + "\"";
        }
        if (type == Instant.class) {
            return "\"" + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"";
        }
        if (type == LocalDate.class) {
            return "\"" + LocalDate.now().plusDays(40) + "\"";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "1";
        }
        if (name.contains("email")) {
            return "\"ann@example.org\"";
        }
        if (name.endsWith("id")) {
            return "\"fz-" + ids.incrementAndGet() + "-" + Integer.toHexString(random.nextInt()) + "\"";
        }
        return "\"Fuzzed " + name + "\"";
    }

    private static boolean required(RecordComponent component) {
        return component.getType().isPrimitive() || component.getAccessor().isAnnotationPresent(NotNull.class)
                || component.getAccessor().isAnnotationPresent(NotBlank.class)
                || field(component, NotNull.class) || field(component, NotBlank.class);
    }

    private static boolean field(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).isAnnotationPresent(annotation);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent component, Class<A> type) {
        try {
            A onField = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
            return onField != null ? onField : component.getAccessor().getAnnotation(type);
        } catch (NoSuchFieldException e) {
            return component.getAccessor().getAnnotation(type);
        }
    }

    /** The families of wrong values for one field, invalid by construction where the field's type or rules say so. */
    private List<Value> values(RecordComponent component) {
        Class<?> type = component.getType();
        boolean required = required(component);
        boolean pattern = annotation(component, jakarta.validation.constraints.Pattern.class) != null;
        List<Value> values = new ArrayList<>();
        values.add(new Value("null" + (required ? " for a required field" : ""), "null", required));
        values.add(new Value("missing" + (required ? " required field" : " optional field"), null, required));
        values.add(new Value("array for a value", "[]", true));
        if (type.isRecord()) {
            values.add(new Value("string for an object", "\"x\"", true));
            values.add(new Value("number for an object", "1", true));
            return values;
        }
        values.add(new Value("object for a value", "{}", true));
        values.add(new Value("one-element array for a value", "[" + plausible(component) + "]", true));
        if (type == String.class) {
            values.add(new Value("number for a string", "42", true));
            values.add(new Value("boolean for a string", "true", true));
            boolean mustHaveText = required || pattern;
            values.add(new Value("empty string" + (mustHaveText ? " for a required or patterned string" : ""), "\"\"", mustHaveText));
            values.add(new Value("ASCII blank" + (mustHaveText ? " for a required or patterned string" : ""), "\"   \"", mustHaveText));
            for (String blank : UNICODE_BLANKS) {
                values.add(new Value("Unicode whitespace only" + (mustHaveText ? " for a required or patterned string" : "")
                        + " (U+" + String.format("%04X", (int) blank.charAt(0)) + ")", "\"" + blank.repeat(3) + "\"", mustHaveText));
            }
            Size size = annotation(component, Size.class);
            if (size != null && size.max() < 1_000_000) {
                values.add(new Value("longer than its @Size", "\"" + "x".repeat(size.max() + 1) + "\"", true));
            }
            values.add(new Value("huge string" + (size != null ? " over its @Size" : ""),
                    "\"" + "y".repeat(300_000) + "\"", size != null));
            values.add(new Value("control characters", "\"a\\u0000b\\u001b[31mc\"", pattern));
            values.add(new Value("lone surrogate", "\"\\ud800\"", pattern));
            if (pattern) {
                for (String bad : List.of("a/b", " padded ", "x".repeat(65), "ünï", "-leading", "a b")) {
                    values.add(new Value("not an id", "\"" + bad + "\"", true));
                }
            }
            if (annotation(component, Email.class) != null) {
                values.add(new Value("not an email", "\"not an email\"", true));
            }
        } else if (type.isEnum()) {
            String constant = ((Enum<?>) type.getEnumConstants()[0]).name();
            values.add(new Value("number for an enum", "0", true));
            values.add(new Value("padded enum", "\" " + constant + " \"", true));
            values.add(new Value("unknown enum", "\"PIGEON\"", true));
            values.add(new Value("empty string for an enum", "\"\"", true));
            values.add(new Value("lower-case enum", "\"" + constant.toLowerCase() + "\"", false));
        } else if (type == Instant.class) {
            values.add(new Value("bare-number instant", "1700000000", true));
            values.add(new Value("decimal instant", "1700000000.5", true));
            values.add(new Value("year 0000 instant", "\"0000-01-01T00:00:00Z\"", true));
            values.add(new Value("year +10000 instant", "\"+10000-01-01T00:00:00Z\"", true));
            values.add(new Value("empty string for an instant", "\"\"", true));
            values.add(new Value("impossible instant", "\"2026-02-30T25:61:00Z\"", true));
            values.add(new Value("date-only instant", "\"2026-01-01\"", true));
            values.add(new Value("instant without offset", "\"2026-01-01T10:00:00\"", true));
        } else if (type == LocalDate.class) {
            values.add(new Value("bare-number date", "20000", true));
            values.add(new Value("array date", "[2027,1,26]", true));
            values.add(new Value("year 0000 date", "\"0000-01-01\"", true));
            values.add(new Value("year +10000 date", "\"+10000-01-01\"", true));
            values.add(new Value("empty string for a date", "\"\"", true));
            values.add(new Value("impossible date", "\"2027-02-30\"", true));
        } else if (type == boolean.class || type == Boolean.class) {
            values.add(new Value("string for a boolean", "\"true\"", true));
            values.add(new Value("number for a boolean", "1", true));
        } else if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            values.add(new Value("string for a number", "\"1\"", true));
            values.add(new Value("fraction for an integer", "1.5", true));
            values.add(new Value("overflowing number", "99999999999999999999999", true));
        }
        return values;
    }

    // --- paths and query strings

    private String baseTarget(Endpoint endpoint) {
        return path(endpoint, null, null) + query(endpoint, null, null);
    }

    private String path(Endpoint endpoint, String replaced, String segment) {
        String path = endpoint.path();
        for (Parameter variable : endpoint.pathVariables()) {
            String value = variable.name().equals(replaced) ? segment : plausiblePathValue(variable);
            path = path.replace("{" + variable.name() + "}", value);
        }
        return path;
    }

    private String plausiblePathValue(Parameter variable) {
        if (variable.type().isEnum()) {
            return ((Enum<?>) variable.type().getEnumConstants()[0]).name();
        }
        return switch (variable.name()) {
            case "reference" -> reference;
            case "group" -> "cases";
            case "inquiryId" -> "inq-1";
            default -> complaintIds.get(random.nextInt(complaintIds.size()));
        };
    }

    private static boolean isId(Parameter variable) {
        return variable.name().equals("complaintId") || variable.name().equals("inquiryId");
    }

    private String query(Endpoint endpoint, String replaced, String value) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : endpoint.queryParameters()) {
            if (parameter.name().equals(replaced)) {
                if (value != null) {
                    pairs.add(parameter.name() + "=" + value);
                }
            } else if (parameter.required()) {
                pairs.add(parameter.name() + "=" + plausibleQueryValue(parameter));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String plausibleQueryValue(Parameter parameter) {
        Class<?> type = parameter.type();
        if (type == Instant.class) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return (parameter.name().equals("from") ? now.minus(30, ChronoUnit.DAYS) : parameter.name().equals("to")
                    ? now.plus(1, ChronoUnit.DAYS) : now).toString();
        }
        if (type == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return parameter.name().equals("page") ? "0" : "10";
        }
        return "x";
    }

    private static List<Value> queryValues(Parameter parameter) {
        Class<?> type = parameter.type();
        List<Value> values = new ArrayList<>();
        if (parameter.required()) {
            values.add(new Value("missing required parameter", null, true));
        }
        values.add(new Value("empty parameter", "", false));
        values.add(new Value("huge parameter", "z".repeat(6_000), type != String.class));
        values.add(new Value("encoded NUL in a parameter", "a%00b", type != String.class));
        values.add(new Value("bad percent-encoding in a parameter", "%zz", false));
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            for (String number : List.of("abc", "2147483648", "9223372036854775808", "1e3", "0x10", "1.5", "NaN")) {
                values.add(new Value("not an integer", number, true));
            }
            for (String extreme : List.of("-1", "0", "2147483647", "-2147483648", "%205%20")) {
                values.add(new Value("extreme integer", extreme, false));
            }
        } else if (type.isEnum()) {
            values.add(new Value("unknown enum parameter", "PIGEON", true));
            values.add(new Value("number for an enum parameter", "1", true));
            values.add(new Value("lower-case enum parameter", ((Enum<?>) type.getEnumConstants()[0]).name().toLowerCase(), false));
        } else if (type == Instant.class) {
            for (String instant : List.of("yesterday", "1700000000", "2026-02-30T00:00:00Z", "2026-01-01")) {
                values.add(new Value("not an instant parameter", instant, true));
            }
            for (String extreme : List.of("0000-01-01T00:00:00Z", "%2B10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z")) {
                values.add(new Value("extreme instant parameter", extreme, false));
            }
        } else if (type == LocalDate.class) {
            values.add(new Value("not a date parameter", "2027-02-30", true));
            values.add(new Value("extreme date parameter", "%2B999999999-12-31", false));
        } else if (type == Boolean.class || type == boolean.class) {
            values.add(new Value("not a boolean parameter", "maybe", true));
        } else {
            values.add(new Value("hostile string parameter", "%3Cscript%3E%27%22%0d%0a", false));
        }
        return values;
    }
}
