package uk.co.welzo.klachten.api;

/**
 * What "blank" means for text a person gives us (a name, a reason, a summary), in one place: the
 * request validation and the value objects both ask here, so a text the edge lets through is never
 * refused deeper in (where it would be a 500), and the other way round.
 *
 * <p>Blank is nothing but characters that show nothing: whitespace, Unicode space, line and
 * paragraph separators (Zs, Zl, Zp, so also the no-break spaces {@link String#isBlank} lets
 * through), control and invisible format characters (Cc, Cf: zero-width space and joiners, the
 * byte-order mark, direction marks) and the few letters and marks that are drawn empty (Hangul
 * fillers, the braille blank, the combining grapheme joiner, variation selectors).
 */
public final class Text {

    private Text() {
    }

    /** True for null, the empty string, and text made only of characters that show nothing. */
    public static boolean isBlank(CharSequence text) {
        return text == null || text.codePoints().allMatch(Text::showsNothing);
    }

    /** True when the text has at least one character that shows. */
    public static boolean hasText(CharSequence text) {
        return !isBlank(text);
    }

    static boolean showsNothing(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT -> true;
            default -> isDrawnEmpty(codePoint);
        };
    }

    private static boolean isDrawnEmpty(int codePoint) {
        return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0 // Hangul fillers
                || codePoint == 0x2800 // braille pattern blank
                || codePoint == 0x034F // combining grapheme joiner
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F // variation selectors
                || codePoint >= 0xE0100 && codePoint <= 0xE01EF; // variation selectors supplement
    }
}
