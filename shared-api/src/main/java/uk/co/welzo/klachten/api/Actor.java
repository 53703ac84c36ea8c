package uk.co.welzo.klachten.api;

/** The authenticated person or client who did something; refuses only what earlier releases refused, so stored events read. */
public record Actor(
        String name) {

    /**
     * The service's correspondence, recording each letter it wrote by itself from a step (the acknowledgement, the
     * extension, ...) once sent: such a letter tells of the step, never the findings (R3.3).
     */
    public static final Actor CORRESPONDENCE = new Actor("correspondence");

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
