package uk.co.welzo.klachten.api.complaint;

/** Who complained and how to reach them: personal data (R8). */
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
