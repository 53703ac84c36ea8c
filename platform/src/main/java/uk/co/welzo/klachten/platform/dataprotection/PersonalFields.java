package uk.co.welzo.klachten.platform.dataprotection;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;

/**
 * Which components of a message are personal data, as the message type declares them with {@link PersonalData}, and
 * whose they are: the data subject of a complaint's event is the complainant of that complaint, named by its
 * {@code complaintId} (one key per complaint's complainant: a person with three complaints has three keys, found
 * together by the blind index).
 */
public final class PersonalFields {

    /** The JSON member that names the subject in every complaint event. */
    public static final String SUBJECT_MEMBER = "complaintId";

    private static final Map<Class<?>, List<String>> DECLARED = new ConcurrentHashMap<>();

    private PersonalFields() {
    }

    /** The names of {@code type}'s components marked {@link PersonalData}, in declaration order; empty for none. */
    public static List<String> of(Class<?> type) {
        return DECLARED.computeIfAbsent(type, PersonalFields::declared);
    }

    /** The subject of {@code payload} if it is a complaint's event; null otherwise. */
    public static String subjectOf(Object payload) {
        return payload instanceof ComplaintEvent event && event.complaintId() != null ? event.complaintId().value() : null;
    }

    private static List<String> declared(Class<?> type) {
        if (!type.isRecord() || !ComplaintEvent.class.isAssignableFrom(type)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                names.add(component.getName());
            }
        }
        return List.copyOf(names);
    }
}
