package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/**
 * Something that happened to one improvement action (R6.3): every event of the ImprovementAction aggregate, and only
 * those. Sealed, so readers can be checked to cover them all; the methods are the records' own accessors, so the stored
 * JSON gains nothing. Each type carries its {@code @Revision}. None holds a customer's personal data: titles, reasons
 * and findings are staff's words about a problem, and a complaint is named by its id only.
 */
public sealed interface ImprovementActionEvent permits
        ImprovementActionRaised, ComplaintLinkedToAction, ComplaintUnlinkedFromAction, ImprovementActionAgreed,
        ImprovementActionStarted, ImprovementActionCompleted, ImprovementEffectReviewed, ImprovementActionDropped {

    ImprovementActionId actionId();

    /** When it was recorded: each step is a decision taken in the service, so also when it happened. */
    Instant recordedAt();

    Actor actor();
}
