package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #12: the document at /v3/api-docs tells the truth. It is valid OpenAPI, every operation describes the problems it
 * can answer, no two paths compete for one URL, and the server agrees with it both ways: what the document allows
 * is not refused as bad input, and what it forbids is refused with a 400 problem the document describes.
 */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ALLOWED = Pattern.compile("\\(allowed: ([A-Z_, ]+)\\)");
    private static final Map<String, String> DEMO_USER = Map.of("INTAKE", "intake", "AGENT", "agent",
            "HEAD_OF_CUSTOMER_SERVICE", "head", "DEPARTMENT_MANAGER", "manager", "ANALYST", "analyst",
            "AUDITOR", "auditor", "ADMIN", "admin", "DATA_PROTECTION_OFFICER", "dpo");

    @TempDir
    static Path dataDir;
    static RunningService service;
    static String text;
    static JsonNode document;
    static OpenApiInteractionValidator validator;
    static DocumentSamples samples;

    @BeforeAll
    static void fetchTheDocument() throws Exception {
        service = RunningService.start(dataDir);
        String reference = service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"openapi-1","channel":"EMAIL","category":"SERVICE",
                 "complainant":{"name":"Cat Example"},"description":"Kept waiting"}""").body().get("reference").asText();
        HttpResponse<String> docs = service.exchange("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        text = docs.body();
        document = JSON.readTree(text);
        // swagger-request-validator 2.46 reads an OpenAPI 3.1 document without checking `type` or
        // `additionalProperties`. This one uses nothing 3.1 added, so read as 3.0 it means the same, checked in full.
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(text).doesNotContain("\"type\":[", "\"const\":", "\"examples\":", "\"prefixItems\":", "\"$schema\":");
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                text.replaceFirst("\"openapi\":\"3\\.1\\.\\d+\"", "\"openapi\":\"3.0.3\"")).build();
        samples = new DocumentSamples(document, Map.of("reference", reference));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("swagger-parser reads the served document without a single message")
    void documentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(text, null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    @DisplayName("every operation describes its problem answers: 401, 400 with input, 404 when its path names something")
    void everyOperationDescribesItsProblems() {
        List<String> missing = new ArrayList<>();
        for (DocumentSamples.Operation operation : samples.operations()) {
            JsonNode responses = operation.spec().path("responses");
            List<String> wanted = new ArrayList<>(List.of("401", "403", "500", "503"));
            if (operation.spec().has("requestBody") || operation.spec().path("parameters").findValues("in").stream()
                    .anyMatch(in -> in.asText().equals("path") || in.asText().equals("query"))) {
                wanted.add("400");
            }
            if (operation.path().contains("{")) {
                wanted.add("404");
            }
            for (String status : wanted) {
                JsonNode schema = responses.path(status).path("content").path("application/problem+json").path("schema");
                if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())) {
                    missing.add(operation.name() + " " + status);
                }
            }
        }
        assertThat(missing).as("operations without a problem answer they can give").isEmpty();
        assertThat(document.at("/components/schemas/Problem/required").toString())
                .contains("type", "title", "status", "code");
    }

    @Test
    @DisplayName("no two documented paths can match the same URL")
    void noTwoPathsAreAmbiguous() {
        assertThat(AmbiguousPaths.in(document)).isEmpty();
    }

    @Test
    @DisplayName("what the document allows, the server does not refuse as bad input, and answers with a documented status")
    void requestsValidPerTheDocumentAreAccepted() {
        List<String> refused = new ArrayList<>();
        for (DocumentSamples.Operation operation : samples.operations()) {
            if (isStream(operation) || !hasInput(operation)) {
                continue;
            }
            for (boolean full : new boolean[] {false, true}) {
                DocumentSamples.Sample sample = samples.valid(operation, full);
                ValidationReport report = validator.validateRequest(request(sample));
                assertThat(report.getMessages()).as("the test's own sample fits the document: %s", sample).isEmpty();
                HttpResponse<String> answer = send(sample);
                if (answer.statusCode() == 400 || answer.statusCode() >= 500) {
                    refused.add(sample + " -> " + answer.statusCode() + " " + answer.body());
                }
                if (!operation.spec().path("responses").has(String.valueOf(answer.statusCode()))) {
                    refused.add(sample + " -> " + answer.statusCode() + ", a status the document does not give");
                }
            }
        }
        assertThat(refused).as("valid requests the server refused").isEmpty();
    }

    @Test
    @DisplayName("what the document forbids, the server refuses with a 400 problem the document describes")
    void requestsInvalidPerTheDocumentAreRefused() {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (DocumentSamples.Operation operation : samples.operations()) {
            for (DocumentSamples.Sample sample : samples.invalid(operation)) {
                assertThat(validator.validateRequest(request(sample)).hasErrors()).as("the document forbids %s", sample).isTrue();
                HttpResponse<String> answer = send(sample);
                tried++;
                String type = answer.headers().firstValue("Content-Type").orElse("");
                ValidationReport described = validator.validateResponse(sample.path(), method(operation),
                        SimpleResponse.Builder.status(answer.statusCode()).withContentType(type).withBody(answer.body()).build());
                if (answer.statusCode() != 400 || !type.startsWith("application/problem+json") || described.hasErrors()) {
                    accepted.add(sample + " -> " + answer.statusCode() + " " + type + " " + answer.body()
                            + (described.hasErrors() ? " " + described.getMessages() : ""));
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(accepted).as("invalid requests not refused with a described 400 problem").isEmpty();
    }

    private static HttpResponse<String> send(DocumentSamples.Sample sample) {
        return service.exchange(sample.operation().method(), sample.url(), user(sample.operation()), sample.body());
    }

    private static Request request(DocumentSamples.Sample sample) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(sample.operation().method(), sample.path())
                .withAuthorization("Basic " + Base64.getEncoder().encodeToString(
                        (user(sample.operation()) + ":demo").getBytes(StandardCharsets.UTF_8)));
        sample.query().forEach(request::withQueryParam);
        if (sample.body() != null) {
            request.withContentType("application/json").withBody(sample.body());
        }
        return request.build();
    }

    /** A demo user with a role the operation allows, read from its documented 403. */
    private static String user(DocumentSamples.Operation operation) {
        Matcher allowed = ALLOWED.matcher(operation.spec().path("responses").path("403").path("description").asText());
        return allowed.find() ? DEMO_USER.get(allowed.group(1).split(", ")[0]) : "admin";
    }

    private static Request.Method method(DocumentSamples.Operation operation) {
        return Request.Method.valueOf(operation.method());
    }

    private static boolean isStream(DocumentSamples.Operation operation) {
        return operation.spec().path("responses").path("200").path("content").has("text/event-stream");
    }

    private static boolean hasInput(DocumentSamples.Operation operation) {
        return operation.spec().has("requestBody") || operation.spec().path("parameters").size() > 0;
    }
}
