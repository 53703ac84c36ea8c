package uk.co.welzo.klachten.platform.security;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.beans.Introspector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.platform.validation.IfMatch;

/**
 * Parameters as the server reads them. A typed id, or a path variable named after one that the controller turns into
 * one (a String {@code complaintId}, a {@code reference}), has the form the server accepts as its pattern. A
 * {@link Duration} is an ISO-8601 string such as {@code P30D}, not the number of seconds springdoc would print as its
 * default. An {@code If-Match} header has the form {@link IfMatch} reads.
 */
final class ParameterRules implements ParameterCustomizer {

    static final List<Class<?>> TYPED_IDS = List.of(ComplaintId.class, InquiryId.class, CommunicationId.class);
    /** Path variables the controllers read with {@link ReferenceNumber#parse}. */
    private static final Map<String, String> PARSED = Map.of("reference", ReferenceNumber.TYPED_FORM);

    @Override
    public Parameter customize(Parameter parameter, MethodParameter method) {
        if (parameter == null) {
            return null;
        }
        Class<?> type = method.getParameterType();
        if (type == Duration.class) {
            StringSchema duration = new StringSchema();
            duration.format("duration");
            duration.pattern(Patterns.ISO_DURATION);
            defaultValue(method).ifPresent(duration::setDefault);
            duration.setDescription(parameter.getSchema() != null ? parameter.getSchema().getDescription() : null);
            parameter.setSchema(duration);
        }
        if (method.hasParameterAnnotation(RequestHeader.class) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
            StringSchema tag = new StringSchema();
            tag.pattern(IfMatch.FORM);
            parameter.setSchema(tag);
            parameter.setDescription(IfMatch.DESCRIPTION);
            parameter.setExample("\"7\"");
        }
        form(type, parameter.getName(), method.hasParameterAnnotation(PathVariable.class)).ifPresent(form -> {
            // a new schema: springdoc may hand every String parameter the same instance
            Schema<?> given = parameter.getSchema();
            StringSchema schema = new StringSchema();
            schema.pattern(Patterns.whole(form));
            if (given != null) {
                schema.description(given.getDescription());
            }
            parameter.setSchema(schema);
        });
        return parameter;
    }

    private static Optional<String> form(Class<?> type, String name, boolean inPath) {
        if (inPath && type == String.class && PARSED.containsKey(name)) {
            return Optional.of(PARSED.get(name));
        }
        for (Class<?> id : TYPED_IDS) {
            boolean namedAfter = inPath && type == String.class && Introspector.decapitalize(id.getSimpleName()).equals(name);
            if (type == id || namedAfter) {
                return Optional.of(Patterns.formOf(id));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> defaultValue(MethodParameter method) {
        RequestParam param = method.getParameterAnnotation(RequestParam.class);
        return param == null || ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                ? Optional.empty() : Optional.of(param.defaultValue());
    }
}
