package uk.co.welzo.klachten.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Requests written from the OpenAPI document alone, as a generated client would send them: valid ones (the required
 * parts only, and with every constrained optional part), and ones that each break one stated constraint (a required
 * part missing, too long, not in the enum, the wrong format or pattern, a property the schema does not have).
 */
final class DocumentSamples {

    record Operation(String method, String path, JsonNode spec) {

        String name() {
            return method + " " + path;
        }
    }

    record Sample(Operation operation, Map<String, String> pathValues, Map<String, String> query, String body, String change) {

        String path() {
            String path = operation.path();
            for (var value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path;
        }

        String url() {
            String path = path().replace(" ", "%20");
            if (query.isEmpty()) {
                return path;
            }
            return path + query.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&", "?", ""));
        }

        @Override
        public String toString() {
            return operation.name() + (change.isEmpty() ? "" : " " + change) + ": " + operation.method() + " " + url()
                    + (body == null ? "" : " " + body);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NOT_MATCHING = {"-bad", "UUU", "!", "  "};

    private final JsonNode document;
    private final Map<String, String> known;
    private Instant nextInstant = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    private int nextId;

    /** {@code known}: values for parameters a schema cannot produce, such as a reference with a right check character. */
    DocumentSamples(JsonNode document, Map<String, String> known) {
        this.document = document;
        this.known = known;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()))));
        return operations;
    }

    Sample valid(Operation operation, boolean full) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> pathValues.put(name, known.containsKey(name) ? known.get(name) : text(schema));
                case "query" -> {
                    if (parameter.path("required").asBoolean() || full && constrained(schema)) {
                        query.put(name, known.containsKey(name) ? known.get(name) : text(schema));
                    }
                }
                default -> { }
            }
        }
        JsonNode body = bodySchema(operation);
        return new Sample(operation, pathValues, query, body == null ? null : value(body, full).toString(),
                full ? "with every constrained optional part" : "");
    }

    List<Sample> invalid(Operation operation) {
        Sample base = valid(operation, true);
        List<Sample> samples = new ArrayList<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            Map<String, String> values = in.equals("path") ? base.pathValues() : base.query();
            if (in.equals("query") && parameter.path("required").asBoolean()) {
                Map<String, String> without = new LinkedHashMap<>(values);
                without.remove(name);
                samples.add(withParameter(base, in, without, "without required " + name));
            }
            for (String wrong : wrongValues(resolve(parameter.path("schema")))) {
                Map<String, String> changed = new LinkedHashMap<>(values);
                changed.put(name, wrong);
                samples.add(withParameter(base, in, changed, name + "=" + wrong));
            }
        }
        JsonNode body = bodySchema(operation);
        if (body != null) {
            ObjectNode full = (ObjectNode) JSON.valueToTree(read(base.body()));
            mutations(body, full, "", change -> samples.add(
                    new Sample(operation, base.pathValues(), base.query(), change.body().toString(), change.what())));
        }
        return samples;
    }

    private record Change(JsonNode body, String what) {
    }

    /** Each body that breaks one constraint of {@code schema} at {@code at} (a JSON path) in {@code root}. */
    private void mutations(JsonNode schema, ObjectNode root, String at, Consumer<Change> changes) {
        schema = resolve(schema);
        ObjectNode here = at.isEmpty() ? root : (ObjectNode) root.at(at);
        if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
            ObjectNode copy = root.deepCopy();
            ((ObjectNode) (at.isEmpty() ? copy : copy.at(at))).put("unexpected", true);
            changes.accept(new Change(copy, "with an unknown property at " + (at.isEmpty() ? "/" : at)));
        }
        for (JsonNode required : schema.path("required")) {
            ObjectNode copy = root.deepCopy();
            ((ObjectNode) (at.isEmpty() ? copy : copy.at(at))).remove(required.asText());
            changes.accept(new Change(copy, "without required " + at + "/" + required.asText()));
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = resolve(property.getValue());
            String where = at + "/" + property.getKey();
            if (!here.has(property.getKey())) {
                return;
            }
            if ("object".equals(propertySchema.path("type").asText())) {
                mutations(propertySchema, root, where, changes);
                return;
            }
            for (String wrong : wrongValues(propertySchema)) {
                ObjectNode copy = root.deepCopy();
                JsonNode value = "boolean".equals(propertySchema.path("type").asText()) || !isNumber(propertySchema)
                        ? JSON.getNodeFactory().textNode(wrong) : JSON.getNodeFactory().numberNode(Long.parseLong(wrong));
                ((ObjectNode) (at.isEmpty() ? copy : copy.at(at))).set(property.getKey(), value);
                changes.accept(new Change(copy, where + "=" + abbreviate(wrong)));
            }
        });
    }

    private List<String> wrongValues(JsonNode schema) {
        List<String> wrong = new ArrayList<>();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            wrong.add("NOT_A_VALUE");
        }
        switch (schema.path("format").asText()) {
            case "date-time", "date" -> wrong.add("yesterday");
            case "duration" -> wrong.add("soon");
            case "email" -> wrong.add("not-an-email");
            default -> { }
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            for (String candidate : NOT_MATCHING) {
                if (!pattern.matcher(candidate).find()) {
                    wrong.add(candidate);
                    break;
                }
            }
        }
        if (schema.has("maxLength")) {
            wrong.add("x".repeat(schema.get("maxLength").asInt() + 1));
        }
        if (isNumber(schema) && schema.has("minimum")) {
            wrong.add(String.valueOf(schema.get("minimum").asLong() - 1));
        }
        if (isNumber(schema) && schema.has("maximum")) {
            wrong.add(String.valueOf(schema.get("maximum").asLong() + 1));
        }
        if ("boolean".equals(type)) {
            wrong.add("maybe");
        }
        return wrong;
    }

    private JsonNode value(JsonNode schema, boolean full) {
        schema = resolve(schema);
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                int atLeast = schema.path("minProperties").asInt(0);
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (full || required.contains(property.getKey()) || object.size() < atLeast) {
                        object.set(property.getKey(), value(property.getValue(), full));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                array.add(value(schema.path("items"), full));
                return array;
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            case "integer", "number" -> {
                return JSON.getNodeFactory().numberNode(Long.parseLong(text(schema)));
            }
            default -> {
                return JSON.getNodeFactory().textNode(text(schema));
            }
        }
    }

    /** A value that fits a scalar schema, written as text. */
    private String text(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (isNumber(schema)) {
            return String.valueOf(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
        }
        if ("boolean".equals(schema.path("type").asText())) {
            return "true";
        }
        switch (schema.path("format").asText()) {
            case "date-time" -> {
                nextInstant = nextInstant.plus(Duration.ofHours(1));
                return nextInstant.toString();
            }
            case "date" -> {
                return LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
            }
            case "duration" -> {
                return "P7D";
            }
            case "email" -> {
                return "cat@example.com";
            }
            default -> { }
        }
        String candidate = "oa-" + ++nextId;
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(candidate).find()) {
            throw new IllegalStateException("no sample value for the pattern " + schema.get("pattern"));
        }
        int minLength = schema.path("minLength").asInt(0);
        return candidate.length() >= minLength ? candidate : candidate + "x".repeat(minLength - candidate.length());
    }

    private static boolean constrained(JsonNode schema) {
        return schema.has("enum") || schema.has("format") || schema.has("pattern") || schema.has("minimum")
                || schema.has("maximum") || "boolean".equals(schema.path("type").asText());
    }

    private static boolean isNumber(JsonNode schema) {
        return "integer".equals(schema.path("type").asText()) || "number".equals(schema.path("type").asText());
    }

    private JsonNode bodySchema(Operation operation) {
        JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static Sample withParameter(Sample base, String in, Map<String, String> values, String change) {
        return in.equals("path") ? new Sample(base.operation(), values, base.query(), base.body(), change)
                : new Sample(base.operation(), base.pathValues(), values, base.body(), change);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 10) + "…(" + value.length() + " characters)" : value;
    }
}
