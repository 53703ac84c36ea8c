package uk.co.welzo.klachten.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Pairs of documented paths that one URL could match. Two rules, as linters apply them: the same segments where both
 * have literals and as many variables (Redocly's {@code no-ambiguous-paths}, which reads no schema); or a variable
 * whose enum or pattern admits the literal the other path has at that place.
 */
final class AmbiguousPaths {

    private AmbiguousPaths() {
    }

    static List<String> in(JsonNode document) {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        Map<String, JsonNode> variables = variables(document);
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                String a = paths.get(i);
                String b = paths.get(j);
                if (sameShape(a, b) || oneUrlFits(a, b, variables)) {
                    ambiguous.add(a + " and " + b);
                }
            }
        }
        return ambiguous;
    }

    private static boolean sameShape(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        if (left.length != right.length) {
            return false;
        }
        int leftVariables = 0;
        int rightVariables = 0;
        for (int i = 0; i < left.length; i++) {
            boolean leftVariable = isVariable(left[i]);
            boolean rightVariable = isVariable(right[i]);
            leftVariables += leftVariable ? 1 : 0;
            rightVariables += rightVariable ? 1 : 0;
            if (!leftVariable && !rightVariable && !left[i].equals(right[i])) {
                return false;
            }
        }
        return leftVariables == rightVariables;
    }

    private static boolean oneUrlFits(String a, String b, Map<String, JsonNode> variables) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            boolean leftVariable = isVariable(left[i]);
            boolean rightVariable = isVariable(right[i]);
            if (leftVariable && !rightVariable && !admits(variables.get(a + "#" + left[i]), right[i])
                    || rightVariable && !leftVariable && !admits(variables.get(b + "#" + right[i]), left[i])
                    || !leftVariable && !rightVariable && !left[i].equals(right[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean admits(JsonNode schema, String literal) {
        if (schema == null) {
            return true;
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (value.asText().equals(literal)) {
                    return true;
                }
            }
            return false;
        }
        return !schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher(literal).find();
    }

    /** The schema of each path variable, keyed "path#{name}". */
    private static Map<String, JsonNode> variables(JsonNode document) {
        Map<String, JsonNode> variables = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().forEach(operation ->
                operation.path("parameters").forEach(parameter -> {
                    if ("path".equals(parameter.path("in").asText())) {
                        variables.put(path.getKey() + "#{" + parameter.path("name").asText() + "}", parameter.path("schema"));
                    }
                })));
        return variables;
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
