package uk.co.welzo.klachten.api.complaint;

import java.util.regex.Pattern;

/**
 * The form of an e-mail address the service takes from a complainant (issue #15: refused when the complaint is lodged,
 * not when the letter bounces), in one place for the form and the aggregate: one {@code @} between a local part and a
 * domain of dot-separated labels, at most 254 characters, and nowhere a space, line break, control or invisible
 * character, so an address can never end a mail header and start another.
 */
public final class EmailAddresses {

    /** The longest address SMTP carries (RFC 5321's path limit less its angle brackets). */
    public static final int MAX_LENGTH = 254;
    /** An address as the form and the aggregate accept it. */
    public static final Pattern FORM = Pattern.compile(
            "[^@\\s\\p{Cc}\\p{Cf}\\p{Z}]+@[^@.\\s\\p{Cc}\\p{Cf}\\p{Z}]+(\\.[^@.\\s\\p{Cc}\\p{Cf}\\p{Z}]+)*");

    private EmailAddresses() {
    }

    public static boolean isWellFormed(String address) {
        return address != null && address.length() <= MAX_LENGTH && FORM.matcher(address).matches();
    }
}
