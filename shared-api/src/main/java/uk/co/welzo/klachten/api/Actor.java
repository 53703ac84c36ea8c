package uk.co.welzo.klachten.api;

/** The authenticated person or client who did something. */
public record Actor(
        String name) {

    public Actor {
        if (Text.isBlank(name)) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
