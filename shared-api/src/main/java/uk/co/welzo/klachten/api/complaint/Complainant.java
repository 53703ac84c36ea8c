package uk.co.welzo.klachten.api.complaint;

/**
 * Who complained and how to reach them: personal data (R8). The record refuses only what earlier releases refused
 * ({@link String#isBlank}), so every stored event still reads; the stricter meaning of blank ({@code Text.isBlank}:
 * nothing visible) is the edge's and the aggregate's, which refuse such a name before it is stored.
 */
public record Complainant(
        String name,
        String email,
        String phone,
        String postalAddress) {

    public Complainant {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a complainant has a name");
        }
    }

    /**
     * Says which details are given, never what they are: a record prints its components, and a complainant reaches
     * log lines and exception messages inside every command, event and message that carries one (issue #17).
     */
    @Override
    public String toString() {
        return "Complainant[name=" + hidden(name) + ", email=" + hidden(email) + ", phone=" + hidden(phone)
                + ", postalAddress=" + hidden(postalAddress) + "]";
    }

    private static String hidden(String value) {
        return value == null ? "null" : "(personal data)";
    }
}
