package uk.co.welzo.klachten.query.readmodel;

import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.complaint.Complainant;

/**
 * How a read model writes an erased person's data (R8.2), so that handling {@code PersonalDataErased} leaves what a
 * replay leaves, where the serializer hands every text of a {@code @PersonalData} component over as
 * {@link PersonalData#ERASED} and keeps nulls.
 */
public final class Erasure {

    private Erasure() {
    }

    /** A personal text as it reads after erasure: the marker, or null where there was none. */
    public static String text(String value) {
        return value == null ? null : PersonalData.ERASED;
    }

    /**
     * A text put together from personal texts and words of ours (the remedy and the manager's review, say) reads as
     * one marker once any part of it is erased: a replay builds it from markers, the live read model had the words.
     */
    public static String whole(String composed) {
        return composed != null && composed.contains(PersonalData.ERASED) ? PersonalData.ERASED : composed;
    }

    /** The complainant with each of their details erased. */
    public static Complainant complainant(Complainant complainant) {
        return complainant == null ? null : new Complainant(PersonalData.ERASED, text(complainant.email()),
                text(complainant.phone()), text(complainant.postalAddress()));
    }

    /** Whether a value is the marker an erased text reads as (never an address to write to, nor a key to find). */
    public static boolean isErased(String value) {
        return value != null && value.strip().equals(PersonalData.ERASED);
    }
}
