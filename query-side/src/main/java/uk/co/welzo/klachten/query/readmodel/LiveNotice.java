package uk.co.welzo.klachten.query.readmodel;

/**
 * What a read model tells its live subscribers when one of its documents changes. {@link ReadModelWriter} asks it
 * only for a live change (never a replayed one, never one skipped as already applied) and only while someone
 * {@link #watched watches}, so a rebuild works none of it out.
 *
 * @param <D> the document
 * @param <B> what the notice remembers of a document before the change, to tell who it no longer matches
 */
public interface LiveNotice<D, B> {

    /** Whether anyone subscribes now; without subscribers nothing is worked out. */
    boolean watched();

    /** What to remember of the document before the change; {@code document} is null when the event creates it. */
    B before(D document);

    /** The document after the change, written to the batch (sent by Axon's emitter after the batch commits). */
    void changed(B before, D after);

    /** The document has left the read model. */
    default void removed(B before, D removed) {
    }

    /** The notice of a read model nobody subscribes to. */
    static <D> LiveNotice<D, Void> none() {
        return new LiveNotice<>() {
            @Override
            public boolean watched() {
                return false;
            }

            @Override
            public Void before(D document) {
                return null;
            }

            @Override
            public void changed(Void before, D after) {
            }
        };
    }
}
