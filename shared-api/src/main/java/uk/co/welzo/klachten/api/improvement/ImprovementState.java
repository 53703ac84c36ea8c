package uk.co.welzo.klachten.api.improvement;

/** Where an improvement action stands: proposed, agreed, in progress, done, effect reviewed; or dropped before done. */
public enum ImprovementState {
    /** Raised from a trend or a complaint, not yet agreed by its owner. */
    PROPOSED,
    /** The owning manager (or the head) agreed to do it. */
    AGREED,
    /** Work on it has started. */
    IN_PROGRESS,
    /** Done; its effect on the complaints is still to be reviewed. */
    DONE,
    /** Done and its effect reviewed: the end. */
    EFFECT_REVIEWED,
    /** Given up before it was done, with a reason: the end. */
    DROPPED;

    /** True while the action is still to be done: not done, reviewed or dropped. */
    public boolean isOpen() {
        return this == PROPOSED || this == AGREED || this == IN_PROGRESS;
    }
}
