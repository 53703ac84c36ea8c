package uk.co.welzo.klachten.platform.security;

/**
 * Regular expressions as the server applies them, written for JSON Schema. Bean Validation's {@code @Pattern} and the
 * typed ids match the whole value, while a JSON Schema {@code pattern} matches anywhere in it: unanchored,
 * {@code "!a"} would pass a client's check and then be refused.
 */
final class Patterns {

    /** Somewhere a character that is not white space: what {@code @NotBlank} asks. */
    static final String NOT_ONLY_WHITESPACE = "\\S";

    /**
     * What {@link java.time.Duration#parse} reads: days, hours, minutes and seconds (no years, months or weeks), at
     * least one of them, in any case. A format of {@code duration} alone few validators check.
     */
    static final String ISO_DURATION = "^[-+]?[Pp](?!$)(?:[-+]?[0-9]+[Dd])?"
            + "(?:[Tt](?!$)(?:[-+]?[0-9]+[Hh])?(?:[-+]?[0-9]+[Mm])?(?:[-+]?[0-9]+(?:[.,][0-9]{0,9})?[Ss])?)?$";

    private Patterns() {
    }

    static String whole(String regex) {
        if (regex.startsWith("^") && regex.endsWith("$")) {
            return regex;
        }
        return "^(?:" + regex + ")$";
    }

    /** The {@code FORM} constant a typed id declares. */
    static String formOf(Class<?> typedId) {
        try {
            return (String) typedId.getField("FORM").get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(typedId + " declares no public String FORM", e);
        }
    }
}
