package uk.co.welzo.klachten.api;

/** The authenticated person or client who did something; refuses only what earlier releases refused, so stored events read. */
public record Actor(
        String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
