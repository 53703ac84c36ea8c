package uk.co.welzo.klachten.api.search;

/**
 * Staff look a complaint up by what the customer tells them: a name (or the start of one), an e-mail address (or the
 * start of it), a phone number, an order number (or its start) or the reference. Holds personal data: staff only.
 *
 * @param text  what was typed; matched as the staff search's normalised keys, never as a pattern
 * @param limit how many hits at most (1 to {@value #MAX_LIMIT}; 0 or less means {@value #DEFAULT_LIMIT})
 */
public record SearchComplaints(String text, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_TEXT_LENGTH = 200;

    /** The limit asked for, within bounds. */
    public int boundedLimit() {
        return limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }
}
