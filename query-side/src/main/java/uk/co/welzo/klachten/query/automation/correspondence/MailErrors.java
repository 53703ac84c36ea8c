package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.regex.Pattern;

/**
 * What a failed send is recorded and logged as: the exception's type and words, with every e-mail address in them
 * replaced. A mail server's refusal quotes the recipient ("550 5.1.1 &lt;ann@example.org&gt;: User unknown") and
 * JavaMail quotes an address it cannot parse; the recipient is the complainant, whose address belongs in neither the
 * log nor the outbox's last error (issue #17). Which letter failed is said by its kind and complaint beside it.
 */
final class MailErrors {

    static final String ADDRESS_HIDDEN = "(an e-mail address)";
    private static final int LONGEST = 500;
    /** Anything with an {@code @} between characters no address header would use as a delimiter. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'`(),;:\\[\\]]+@[^\\s<>\"'`(),;:\\[\\]]+");

    private MailErrors() {
    }

    static String describe(Throwable failed) {
        String message = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        String hidden = ADDRESS.matcher(message).replaceAll(ADDRESS_HIDDEN);
        return hidden.length() > LONGEST ? hidden.substring(0, LONGEST) : hidden;
    }
}
