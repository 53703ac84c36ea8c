package uk.co.welzo.klachten.api.complaint;

import uk.co.welzo.klachten.api.Text;

/** Who complained and how to reach them: personal data (R8). */
public record Complainant(
        String name,
        String email,
        String phone,
        String postalAddress) {

    public Complainant {
        if (Text.isBlank(name)) {
            throw new IllegalArgumentException("a complainant has a name");
        }
    }
}
