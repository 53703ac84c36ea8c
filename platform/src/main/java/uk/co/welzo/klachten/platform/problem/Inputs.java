package uk.co.welzo.klachten.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;

/** Turns rejected input (unreadable JSON, a wrong type, failed validation) into a 400 that names each field. */
final class Inputs {

    private static final String OUR_CODE = "uk.co.welzo.klachten.";
    /**
     * Jackson says what failed only in words; where it failed is structure: the parser's duplicate-key check and the
     * reader's check for content after the document. Their frames tell those two apart from other failures.
     */
    private static final String DUPLICATE_CHECK = "_checkDup";
    private static final String TRAILING_CHECK = "reportTrailingTokens";
    /** How the API's own property names look; see {@link #keyOf}. */
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final String UNKNOWN_KEY = "(a key that is no property name)";

    private Inputs() {
    }

    static ProblemDetail invalid(List<InvalidField> given) {
        // @NotBlank and @HasText both refuse an empty text with the same words: name it once
        List<InvalidField> fields = given.stream().distinct().toList();
        String detail = fields.isEmpty() ? "The request is not valid."
                : fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ", "Invalid input: ", "."));
        return invalid(ErrorCode.INVALID_INPUT, detail, fields);
    }

    static ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause == null) {
            return invalid(ErrorCode.INVALID_INPUT, "The request body is missing or unreadable.", List.of());
        }
        Optional<InvalidField> repeated = repeatedKey(cause);
        if (repeated.isPresent()) {
            InvalidField key = repeated.get();
            return invalid(ErrorCode.INVALID_INPUT, "Invalid input: " + key.field() + ": " + key.message() + ".", List.of(key));
        }
        if (cause instanceof JsonParseException parse) {
            return invalid(ErrorCode.INVALID_INPUT, "The request body is not valid JSON (line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ").", List.of());
        }
        if (cause instanceof MismatchedInputException trailing && thrownIn(trailing, TRAILING_CHECK)) {
            return invalid(ErrorCode.INVALID_INPUT, "The request body has more after its JSON document.", List.of());
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = path(mapping);
            InvalidField invalid = new InvalidField(field, reason(mapping));
            return invalid(codeOf(mapping), "Invalid input: " + invalid.field() + ": " + invalid.message() + ".", List.of(invalid));
        }
        return invalid(ErrorCode.INVALID_INPUT, "The request body could not be read.", List.of());
    }

    static ProblemDetail mismatch(TypeMismatchException exception) {
        String name = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : exception.getPropertyName() != null ? exception.getPropertyName() : "parameter";
        Class<?> type = exception.getRequiredType();
        String reason = type != null && type.isEnum() ? mustBeOneOf(type)
                : ownMessage(exception).orElse("is not a valid value");
        InvalidField invalid = new InvalidField(name, reason);
        return invalid(codeOf(exception), "Invalid input: " + name + ": " + reason + ".", List.of(invalid));
    }

    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static ProblemDetail invalid(ErrorCode code, String detail, List<InvalidField> fields) {
        ProblemDetail problem = Problems.of(code, detail);
        if (!fields.isEmpty()) {
            problem.setProperty(Problems.ERRORS, fields);
        }
        return problem;
    }

    private static String reason(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "is not a known property; known properties are " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (mapping instanceof MismatchedInputException mismatched && IsoTime.formOf(mismatched.getTargetType()) != null) {
            return "must be " + IsoTime.formOf(mismatched.getTargetType());
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return mustBeOneOf(format.getTargetType());
        }
        if (mapping instanceof ValueInstantiationException) {
            return ownMessage(mapping).orElse("is not a valid value");
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "is missing or has the wrong type (expected " + describe(mismatched.getTargetType()) + ")";
        }
        return "is not a valid value";
    }

    private static String mustBeOneOf(Class<?> enumType) {
        return "must be one of " + Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum() || type == String.class || type.isRecord() && type.getRecordComponents().length == 1) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /**
     * The message of an IllegalArgumentException our own code threw (a typed id or value refusing its value) is
     * written for people; anyone else's may name classes, so it is not shown.
     */
    private static Optional<String> ownMessage(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && thrownByUs(cause) && cause.getMessage() != null) {
                return Optional.of(cause.getMessage());
            }
        }
        return Optional.empty();
    }

    private static boolean thrownByUs(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception instanceof InvalidReferenceNumber
                || trace.length > 0 && trace[0].getClassName().startsWith(OUR_CODE);
    }

    private static ErrorCode codeOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidReferenceNumber invalid) {
                return invalid.code();
            }
        }
        return ErrorCode.INVALID_INPUT;
    }

    /** A key given twice in one object, even where Jackson wrapped the parser's refusal (inside a list). */
    private static Optional<InvalidField> repeatedKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && thrownIn(parse, DUPLICATE_CHECK) && parse.getProcessor() != null) {
                return Optional.of(new InvalidField(path(parse.getProcessor().getParsingContext()), "is given more than once"));
            }
        }
        return Optional.empty();
    }

    private static boolean thrownIn(Throwable exception, String method) {
        StackTraceElement[] trace = exception.getStackTrace();
        for (int i = 0; i < Math.min(trace.length, 4); i++) {
            if (trace[i].getMethodName().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON path of where the parser stands: the key it just read, inside the objects and lists around it. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> outerFirst = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            outerFirst.push(at);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at : outerFirst) {
            if (at.inObject() && at.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(keyOf(at.getCurrentName()));
            } else if (at.inArray()) {
                path.append('[').append(Math.max(at.getCurrentIndex(), 0)).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(keyOf(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (mapping instanceof UnrecognizedPropertyException unknown && path.isEmpty()) {
            return keyOf(unknown.getPropertyName());
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * A key the request gave is named back only when it looks like a property name; anything else (a name, an e-mail
     * address pasted where a key goes) may be personal data, and is called what it is instead.
     */
    private static String keyOf(Object key) {
        String name = String.valueOf(key);
        return PROPERTY_NAME.matcher(name).matches() ? name : UNKNOWN_KEY;
    }
}
