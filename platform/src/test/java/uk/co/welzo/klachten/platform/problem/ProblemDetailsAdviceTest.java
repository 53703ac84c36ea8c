package uk.co.welzo.klachten.platform.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.co.welzo.klachten.platform.ProblemMatchers.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = {"INTAKE", "AGENT"})
class ProblemDetailsAdviceTest {

    private static final String VALID = """
            {"complaintId":"c-1","summary":"Late delivery","channel":"EMAIL","copies":1,"receivedAt":"2026-03-02T10:15:30Z"}""";

    @Autowired
    MockMvc mvc;

    private ResultActions lodge(String body) throws Exception {
        return mvc.perform(post("/probes").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void acceptsAValidRequestAndWritesInstantsAsIsoStrings() throws Exception {
        lodge(VALID)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintId").value("c-1"))
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T10:15:30Z"));
    }

    @Test
    void namesEveryFieldThatFailsBeanValidation() throws Exception {
        lodge("""
                {"complaintId":"c-1","summary":" ","copies":0}""")
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("summary", "channel", "copies")))
                .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void namesTheUnknownPropertyAndRejectsIt() throws Exception {
        lodge(VALID.replace("\"copies\"", "\"colour\":\"red\",\"copies\""))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message", containsString("copies")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann.example@example.org", "Ann Example", "+44 7700 900123"})
    @DisplayName("#17: an unknown key that is no property name (an address, a name) is not echoed, it may be personal")
    void doesNotEchoAnUnknownKeyThatIsNoPropertyName(String key) throws Exception {
        lodge(VALID.replace("\"copies\"", "\"" + key + "\":\"red\",\"copies\""))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("(a key that is no property name)"))
                .andExpect(jsonPath("$.detail", not(containsString(key))));
    }

    @Test
    void namesAMissingPrimitiveField() throws Exception {
        lodge(VALID.replace("\"copies\":1,", ""))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("copies"));
    }

    @Test
    void listsTheAcceptedValuesOfAnUnknownEnumValue() throws Exception {
        lodge(VALID.replace("EMAIL", "PIGEON"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("channel"))
                .andExpect(jsonPath("$.detail", containsString("WEB_FORM, LETTER, EMAIL, PHONE")));
    }

    @Test
    void namesATypedIdThatRejectsItsValueAndSaysWhy() throws Exception {
        lodge(VALID.replace("c-1", "-bad id-"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("complaintId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("1 to 64 letters")));
    }

    @Test
    void namesAFieldOfTheWrongType() throws Exception {
        lodge(VALID.replace("\"copies\":1", "\"copies\":\"many\""))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("copies"));
    }

    @Test
    void rejectsNullForAPrimitive() throws Exception {
        lodge(VALID.replace("\"copies\":1", "\"copies\":null"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("copies"));
    }

    @Test
    void rejectsAnInstantThatIsNotIso8601() throws Exception {
        lodge(VALID.replace("2026-03-02T10:15:30Z", "yesterday"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"people\":[{\"name\":\"a\"}],\"summary\":\"again\"} | summary",
            "{\"people\":[{\"name\":\"a\",\"name\":\"b\"}]}    | people[0].name"})
    void refusesAKeyGivenTwiceNamingIt(String ending, String field) throws Exception {
        lodge(VALID.replace("}", "," + ending.substring(1)))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"summary\":\"Late delivery\" | \"summary\":123          | summary",
            "\"summary\":\"Late delivery\" | \"summary\":true         | summary",
            "\"summary\":\"Late delivery\" | \"summary\":1.5          | summary",
            "\"complaintId\":\"c-1\"       | \"complaintId\":1        | complaintId",
            "\"channel\":\"EMAIL\"         | \"channel\":0            | channel",
            "\"channel\":\"EMAIL\"         | \"channel\":\"1\"        | channel",
            "\"channel\":\"EMAIL\"         | \"channel\":\" EMAIL \"  | channel",
            "\"channel\":\"EMAIL\"         | \"channel\":\"\"         | channel",
            "\"copies\":1                 | \"copies\":1.5           | copies",
            "\"copies\":1                 | \"copies\":\"1\"         | copies",
            "\"copies\":1                 | \"copies\":true          | copies",
            "\"copies\":1                 | \"copies\":1,\"urgent\":\"true\" | urgent",
            "\"copies\":1                 | \"copies\":1,\"urgent\":1  | urgent"})
    void refusesAScalarOfAnotherTypeInsteadOfCoercingIt(String valid, String coerced, String field) throws Exception {
        lodge(VALID.replace(valid, coerced))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1772446530", "1.5", "\"\"", "\"0000-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"",
            "\"+1000000000-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59-01:00\"", "\"2026-02-30T10:15:30Z\"",
            "\"2026-03-02T10:15:30\"", "\"2026-03-02 10:15:30Z\"", "\"20260302T101530Z\""})
    void refusesAnInstantThatIsNotAnIsoStringWithinRangeNamingIt(String instant) throws Exception {
        lodge(VALID.replace("\"2026-03-02T10:15:30Z\"", instant))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ISO-8601 instant")));
    }

    @Test
    void readsAnInstantWithAnOffsetAsTheSameMomentInUtc() throws Exception {
        lodge(VALID.replace("2026-03-02T10:15:30Z", "2026-03-02T11:15:30.5+01:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T10:15:30.500Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20270126", "\"20270126\"", "\"+20270-01-26\"", "\"0000-01-01\"", "\"2027-02-29\"", "\"\"",
            "\"2027-01-26T00:00:00Z\""})
    void refusesADateThatIsNotAnIsoDateNamingIt(String date) throws Exception {
        lodge(VALID.replace("\"copies\"", "\"deadline\":" + date + ",\"copies\""))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message", containsString("yyyy-MM-dd")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {" {}", " x", "]", " \"more\""})
    void refusesAnythingAfterTheDocument(String trailing) throws Exception {
        lodge(VALID + trailing)
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\\u2003", "\\u00A0", "\\u2028", "\\u200B\\u200D", "\\uFEFF", "\\u3000 \\t"})
    void refusesTextOfOnlyInvisibleCharactersNamingIt(String invisible) throws Exception {
        lodge(VALID.replace("Late delivery", invisible))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("summary"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void namesAnEmptyTextOnceThoughTwoConstraintsRefuseIt() throws Exception {
        lodge(VALID.replace("Late delivery", ""))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
    }

    @Test
    void namesTheFieldOfACommandRefusedOnTheBus() throws Exception {
        mvc.perform(get("/probes/command-refused-naming-a-field"))
                .andExpect(problem(400, "OCCURRED_IN_FUTURE", "occurred-in-future"))
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
                .andExpect(jsonPath("$.errors[0].message").value("The time it happened is in the future."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "1772446530000",
            "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "Mon, 2 Mar 2026 10:15:30 GMT", "2026-03-02"})
    void refusesAnInstantParameterThatIsNotAnIsoStringWithinRangeNamingIt(String from) throws Exception {
        mvc.perform(get("/probes/since").param("from", from))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ISO-8601 instant")));
    }

    @ParameterizedTest
    @CsvSource({"0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z, 9999-12-31T23:59:59Z",
            "2026-03-02T11:15:30+01:00, 2026-03-02T10:15:30Z"})
    void readsAnInstantParameterAtTheEdgesOfTheRange(String from, String read) throws Exception {
        mvc.perform(get("/probes/since").param("from", from))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(read));
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        lodge("{\"complaintId\": ")
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"));
    }

    @Test
    void rejectsAMissingBody() throws Exception {
        lodge("")
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"));
    }

    @Test
    void namesAPathVariableThatIsNotAValidId() throws Exception {
        mvc.perform(get("/probes/{id}", "-not-an-id"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message", containsString("1 to 64 letters")));
    }

    @Test
    void listsTheAcceptedValuesOfAnUnknownEnumPathVariable() throws Exception {
        mvc.perform(get("/probes/by-channel/{channel}", "PIGEON"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("channel"))
                .andExpect(jsonPath("$.detail", containsString("WEB_FORM, LETTER, EMAIL, PHONE")));
    }

    @Test
    void namesAMissingRequestParameter() throws Exception {
        mvc.perform(get("/probes/search"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.detail", containsString("page")));
    }

    @Test
    void namesARequestParameterThatFailsValidation() throws Exception {
        mvc.perform(get("/probes/search").param("page", "0"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "#10", "1e3", "1.0", " 5"})
    @DisplayName("issue #12: a number parameter in anything but decimal digits is a 400 naming it, never read as another number")
    void refusesANumberParameterThatIsNotDecimal(String page) throws Exception {
        mvc.perform(get("/probes/search").param("page", page))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void readsADecimalNumberParameter() throws Exception {
        mvc.perform(get("/probes/search").param("page", "16"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(16));
    }

    @Test
    void namesTheFieldOfAConstraintViolation() throws Exception {
        mvc.perform(get("/probes/constraint"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void answersAnInvalidReferenceNumberWithItsOwnCode() throws Exception {
        mvc.perform(get("/probes/reference/{typed}", "7KQ-M2X-D5X"))
                .andExpect(problem(400, "INVALID_REFERENCE_NUMBER", "invalid-reference-number"));
    }

    @ParameterizedTest
    @CsvSource({
            "INVALID_INPUT, 400, invalid-input",
            "COMPLAINT_NOT_FOUND, 404, complaint-not-found",
            "COMPLAINT_ID_ALREADY_USED, 409, complaint-id-already-used",
            "COMPLAINT_ALREADY_CLOSED, 409, complaint-already-closed",
            "INTERNAL_ERROR, 500, internal-error"})
    void answersARefusalWithTheStatusOfItsCodesKind(String code, int status, String type) throws Exception {
        mvc.perform(get("/probes/refused/{code}", code))
                .andExpect(problem(status, code, type))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").value("Refused with " + code + "."))
                .andExpect(jsonPath("$.instance").value("/probes/refused/" + code));
    }

    @Test
    void answersACommandRefusedOnTheBusWithItsErrorDetail() throws Exception {
        mvc.perform(get("/probes/command-refused"))
                .andExpect(problem(409, "COMPLAINT_ALREADY_CLOSED", "complaint-already-closed"))
                .andExpect(jsonPath("$.title").value("Complaint already closed"))
                .andExpect(jsonPath("$.detail").value("The complaint is already closed."));
    }

    @Test
    void answersACommandRefusedAsynchronouslyWithItsErrorDetail() throws Exception {
        MvcResult started = mvc.perform(get("/probes/command-refused-later"))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(problem(409, "COMPLAINT_ALREADY_CLOSED", "complaint-already-closed"));
    }

    @Test
    void answersACommandFailureWithoutDetailsAsAnInternalError() throws Exception {
        mvc.perform(get("/probes/command-failed"))
                .andExpect(problem(500, "INTERNAL_ERROR", "internal-error"))
                .andExpect(jsonPath("$.incident").isNotEmpty());
    }

    @Test
    void answersServiceUnavailableWhenAxonServerCannotBeReached() throws Exception {
        mvc.perform(get("/probes/axon-server-unreachable"))
                .andExpect(problem(503, "SERVICE_UNAVAILABLE", "service-unavailable"))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail", not(containsString("AXONIQ"))));
    }

    @Test
    void answersOtherGrpcFailuresAsAnInternalError() throws Exception {
        mvc.perform(get("/probes/grpc-refused"))
                .andExpect(problem(500, "INTERNAL_ERROR", "internal-error"));
    }

    @Test
    void answersAConcurrentWriteWithConflict() throws Exception {
        mvc.perform(get("/probes/concurrency"))
                .andExpect(problem(409, "CONCURRENT_MODIFICATION", "concurrent-modification"));
    }

    @Test
    void answersAConcurrentWriteWrappedInAnotherExceptionWithConflict() throws Exception {
        mvc.perform(get("/probes/wrapped-concurrency"))
                .andExpect(problem(409, "CONCURRENT_MODIFICATION", "concurrent-modification"));
    }

    @Test
    void answersAnUnknownAggregateAsComplaintNotFound() throws Exception {
        mvc.perform(get("/probes/aggregate-not-found"))
                .andExpect(problem(404, "COMPLAINT_NOT_FOUND", "complaint-not-found"));
    }

    @Test
    void answersAnythingElseAsAnInternalErrorWithAnIncidentIdAndNoInternals() throws Exception {
        mvc.perform(get("/probes/crash"))
                .andExpect(problem(500, "INTERNAL_ERROR", "internal-error"))
                .andExpect(jsonPath("$.incident", matchesPattern("[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.detail", containsString("incident")));
    }

    @Test
    void answersAnUnknownPathAsNotFound() throws Exception {
        mvc.perform(get("/nowhere"))
                .andExpect(problem(404, "NOT_FOUND", "not-found"));
    }

    @Test
    void answersAnUnsupportedMethodAsMethodNotAllowed() throws Exception {
        mvc.perform(delete("/probes/search"))
                .andExpect(problem(405, "METHOD_NOT_ALLOWED", "method-not-allowed"));
    }

    @Test
    void answersAnUnsupportedContentTypeAsUnsupportedMediaType() throws Exception {
        mvc.perform(post("/probes").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE", "unsupported-media-type"));
    }
}
