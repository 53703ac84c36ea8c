package uk.co.welzo.klachten.query;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import uk.co.welzo.klachten.api.PersonalData;

/**
 * Events as the event serializer hands them over after an erasure (R8.2): every String inside a {@code @PersonalData}
 * component reads as {@link PersonalData#ERASED} (in a nested record, each of its String fields), nulls stay null.
 * What a full replay of an erased complaint feeds the projections.
 */
public final class ErasedEvents {

    private ErasedEvents() {
    }

    public static List<Object> asErased(List<?> events) {
        return events.stream().map(ErasedEvents::asErased).map(Object.class::cast).toList();
    }

    public static <T> T asErased(T event) {
        if (!event.getClass().isRecord()) {
            return event;
        }
        return rebuilt(event, true);
    }

    @SuppressWarnings("unchecked")
    private static <T> T rebuilt(T record, boolean onlyMarked) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(record);
                boolean personal = !onlyMarked || components[i].isAnnotationPresent(PersonalData.class);
                values[i] = personal ? erased(value) : value;
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object erased(Object value) {
        if (value instanceof String) {
            return PersonalData.ERASED;
        }
        if (value != null && value.getClass().isRecord()) {
            return rebuilt(value, false);
        }
        return value;
    }
}
