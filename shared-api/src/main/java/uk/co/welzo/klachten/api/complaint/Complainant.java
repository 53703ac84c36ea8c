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
}
