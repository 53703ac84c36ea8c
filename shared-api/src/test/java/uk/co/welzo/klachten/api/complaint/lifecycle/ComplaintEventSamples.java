package uk.co.welzo.klachten.api.complaint.lifecycle;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;

/**
 * One made-up instance of every {@link ComplaintEvent} type there is, built from the records' own
 * components, so a new event type gets a sample without anyone writing one.
 */
public final class ComplaintEventSamples {

    static final Instant AT = Instant.parse("2026-03-02T09:15:30Z");

    private ComplaintEventSamples() {
    }

    public static List<ComplaintEvent> all() {
        return Arrays.stream(ComplaintEvent.class.getPermittedSubclasses())
                .map(type -> (ComplaintEvent) sample(type)).toList();
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "sample";
        }
        if (type == Instant.class) {
            return AT;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == ReferenceNumber.class) {
            return ReferenceNumber.parse("Q1N-19Y-8PN");
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                return canonical.newInstance(Arrays.stream(types).map(ComplaintEventSamples::sample).toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a sample " + type.getName(), e);
            }
        }
        throw new IllegalStateException("no sample value for " + type.getName() + ": teach ComplaintEventSamples one");
    }
}
