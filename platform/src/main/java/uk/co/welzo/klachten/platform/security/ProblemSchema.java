package uk.co.welzo.klachten.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import uk.co.welzo.klachten.platform.problem.Problems;

/** The one shape of every refusal, as the schema component {@code Problem}: what {@link Problems} builds. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";
    private static final String INVALID_FIELD = "InvalidField";

    private ProblemSchema() {
    }

    static void addTo(Components components) {
        components.addSchemas(INVALID_FIELD, new ObjectSchema()
                .description("One rejected input: where (a JSON path or parameter name) and why")
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message")));
        components.addSchemas(NAME, new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable URI of the kind of problem: " + Problems.TYPE_BASE + "<code in kebab case>"))
                .addProperty("title", new StringSchema().description("The code in words"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty(Problems.CODE, new StringSchema()
                        .description("Stable code for programs: an ErrorCode, or a protocol code such as UNAUTHENTICATED"))
                .addProperty(Problems.ERRORS, new ArraySchema().items(ref(INVALID_FIELD))
                        .description("400 only: each rejected field or parameter"))
                .addProperty(Problems.CHANGES, new ArraySchema().items(new ObjectSchema()
                                .addProperty("sequence", new IntegerSchema().format("int64")
                                        .description("The complaint's version after this step"))
                                .addProperty("type", new StringSchema().description("The event, e.g. ComplaintAssigned"))
                                .addProperty("summary", new StringSchema().description("The step in words, as the case timeline says it"))
                                .addProperty("occurredAt", new StringSchema().format("date-time"))
                                .addProperty("recordedAt", new StringSchema().format("date-time"))
                                .addProperty("actor", new StringSchema()))
                        .description("412 only: what happened to the complaint after the version in If-Match, oldest first"))
                .addProperty(Problems.INCIDENT, new StringSchema().format("uuid")
                        .description("500 only: quote it when reporting the failure"))
                .required(List.of("type", "title", "status", Problems.CODE)));
    }

    static Content content() {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(ref(NAME)));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
