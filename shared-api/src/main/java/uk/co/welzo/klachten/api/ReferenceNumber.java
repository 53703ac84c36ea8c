package uk.co.welzo.klachten.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.random.RandomGenerator;

/**
 * The reference a customer quotes (R2.2): eight Crockford base-32 characters and a Luhn mod 32
 * check character, written in three groups of three, e.g. {@code 7KQ-M2X-D5R}. Crockford's
 * alphabet has no I, L, O or U, so it reads aloud without ambiguity; the check character catches
 * every single mistyped character and most swapped neighbours, so a mistyped reference is rejected
 * instead of finding someone else's complaint.
 */
public record ReferenceNumber(@JsonValue String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /**
     * What {@link #parse} reads, as a regular expression over the whole value: nine characters of the alphabet in
     * any case (O, I and L read as 0, 1 and 1), spaces and dashes anywhere. Whether the check character fits is
     * beyond a regular expression.
     */
    public static final String TYPED_FORM = "[\\s-]*(?:[0-9A-TV-Za-tv-z][\\s-]*){9}";
    private static final int DATA_LENGTH = 8;

    @JsonCreator
    public ReferenceNumber {
        if (value == null || !isCanonicalAndValid(value)) {
            throw new InvalidReferenceNumber(value);
        }
    }

    /** Reads what a person typed or said: case, spaces and dashes are ignored, O reads as 0, I and L as 1. */
    public static ReferenceNumber parse(String typed) {
        if (typed == null) {
            throw new InvalidReferenceNumber(null);
        }
        StringBuilder chars = new StringBuilder();
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            chars.append(switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            });
        }
        if (chars.length() != DATA_LENGTH + 1 || !hasValidCheck(chars)) {
            throw new InvalidReferenceNumber(typed);
        }
        return new ReferenceNumber(format(chars));
    }

    /** A new random reference; uniqueness is enforced by whoever issues it. */
    public static ReferenceNumber random(RandomGenerator random) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < DATA_LENGTH; i++) {
            chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        chars.append(checkCharacter(chars));
        return new ReferenceNumber(format(chars));
    }

    static char checkCharacter(CharSequence data) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(data.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    private static boolean hasValidCheck(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (ALPHABET.indexOf(chars.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(chars.subSequence(0, DATA_LENGTH)) == chars.charAt(DATA_LENGTH);
    }

    private static boolean isCanonicalAndValid(String value) {
        if (value.length() != 11 || value.charAt(3) != '-' || value.charAt(7) != '-') {
            return false;
        }
        return hasValidCheck(value.replace("-", ""));
    }

    private static String format(CharSequence chars) {
        return chars.subSequence(0, 3) + "-" + chars.subSequence(3, 6) + "-" + chars.subSequence(6, 9);
    }

    @Override
    public String toString() {
        return value;
    }
}
