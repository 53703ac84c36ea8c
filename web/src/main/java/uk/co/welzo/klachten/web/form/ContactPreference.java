package uk.co.welzo.klachten.web.form;

/**
 * How the customer wants to hear from us (R3.3: findings go out by e-mail or phone). The complaint's events have no
 * field for it yet, so the form records it as the description's last line, in words staff read; see docs/web.md.
 */
public enum ContactPreference {
    EMAIL("e-mail"),
    PHONE("phone");

    private final String recorded;

    ContactPreference(String recorded) {
        this.recorded = recorded;
    }

    /** The description as lodged: the customer's text, then the preference on a line of its own. */
    String appendTo(String description) {
        return description.strip() + "\n\nPreferred contact: " + recorded;
    }
}
