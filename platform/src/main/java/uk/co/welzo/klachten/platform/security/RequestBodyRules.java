package uk.co.welzo.klachten.platform.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Request bodies as the server reads them (the records behind {@code @RequestBody}, and records inside them):
 * <ul>
 * <li>a primitive component is required: with {@code FAIL_ON_NULL_FOR_PRIMITIVES} Jackson refuses a record whose
 * primitive is missing rather than making it {@code false} or 0;</li>
 * <li>{@code @NotBlank} asks for a character that is not white space, not just for a length of one;</li>
 * <li>{@code @Pattern} matches the whole value (see {@link Patterns});</li>
 * <li>no other properties, as {@code FAIL_ON_UNKNOWN_PROPERTIES} refuses a misspelt one.</li>
 * </ul>
 * Constraints composed of these (a custom annotation carrying {@code @Pattern}) count as well. Required
 * {@code @NotNull}, lengths, enums and formats springdoc already derives.
 */
final class RequestBodyRules implements OpenApiCustomizer {

    private final BeanFactory beans;

    RequestBodyRules(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<Class<?>> done = new HashSet<>();
        RequestMappingHandlerMapping mappings = beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    apply(parameter.getParameterType(), schemas, done);
                }
            }
        }
    }

    private static void apply(Class<?> body, Map<String, Schema> schemas, Set<Class<?>> done) {
        Schema<?> schema = schemas.get(body.getSimpleName());
        if (!body.isRecord() || schema == null || !done.add(body)) {
            return;
        }
        schema.setAdditionalProperties(false);
        Set<String> required = new TreeSet<>(schema.getRequired() != null ? schema.getRequired() : Set.of());
        for (RecordComponent component : body.getRecordComponents()) {
            Field field = field(body, component);
            Schema<?> property = schema.getProperties() == null ? null : schema.getProperties().get(component.getName());
            if (component.getType().isPrimitive() || AnnotatedElementUtils.hasAnnotation(field, NotNull.class)
                    || AnnotatedElementUtils.hasAnnotation(field, NotBlank.class)
                    || AnnotatedElementUtils.hasAnnotation(field, NotEmpty.class)) {
                required.add(component.getName());
            }
            if (property != null) {
                text(field, property);
            }
            nested(component.getGenericType()).forEach(type -> apply(type, schemas, done));
        }
        schema.setRequired(required.isEmpty() ? null : new java.util.ArrayList<>(required));
    }

    private static void text(Field field, Schema<?> property) {
        jakarta.validation.constraints.Pattern pattern =
                AnnotatedElementUtils.findMergedAnnotation(field, jakarta.validation.constraints.Pattern.class);
        if (pattern != null) {
            property.setPattern(Patterns.whole(pattern.regexp()));
        }
        if (AnnotatedElementUtils.hasAnnotation(field, NotBlank.class)) {
            if (property.getMinLength() == null || property.getMinLength() < 1) {
                property.setMinLength(1);
            }
            if (property.getPattern() == null) {
                property.setPattern(Patterns.NOT_ONLY_WHITESPACE);
            }
        }
    }

    private static Set<Class<?>> nested(Type type) {
        Set<Class<?>> types = new HashSet<>();
        if (type instanceof Class<?> plain) {
            types.add(plain.isArray() ? plain.getComponentType() : plain);
        } else if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                types.addAll(nested(argument));
            }
        }
        return types;
    }

    private static Field field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field per component", e);
        }
    }
}
