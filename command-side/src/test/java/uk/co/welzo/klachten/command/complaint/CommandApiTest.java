package uk.co.welzo.klachten.command.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.command.CommandSideApplication;

/** The command API over HTTP: problem details for every kind of bad input, idempotent lodging, the actor. */
@SpringBootTest(classes = CommandSideApplication.class, properties = {
        "spring.config.name=command-side", "axon.axonserver.enabled=false", "klachten.security.mode=demo"})
@AutoConfigureMockMvc
@Import(CommandApiTestConfiguration.class)
class CommandApiTest {

    static final String LODGE = """
            {"complaintId":"%s","channel":"EMAIL","category":"PRODUCT_DEFECT",
             "complainant":{"name":"Ann Example","email":"ann@example.org"},
             "description":"The blood-pressure monitor arrived broken","product":"BP monitor"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;

    ResultActions post(String path, String body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String lodge(String id) throws Exception {
        String answer = post("/api/complaints", LODGE.formatted(id), "intake")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("reference").asText();
    }

    @Test
    @DisplayName("R2.2 lodging answers 201 with a Location and a reference number with a check character")
    void lodgingAnswersLocationAndReference() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = post("/api/complaints", LODGE.formatted(id), "intake")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/complaints/" + id))
                .andExpect(jsonPath("$.complaintId").value(id))
                .andReturn().getResponse().getContentAsString();
        JsonNode answer = json.readTree(body);
        assertThat(answer.get("reference").asText()).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");
    }

    @Test
    @DisplayName("the same lodge sent twice yields one complaint and the same answer")
    void sameLodgeTwiceIsOneComplaint() throws Exception {
        String id = UUID.randomUUID().toString();
        String first = lodge(id);
        String second = lodge(id);
        assertThat(second).isEqualTo(first);
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("the same complaint id with a different payload is a 409 with a stable code")
    void sameIdDifferentPayloadIsConflict() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints", LODGE.formatted(id).replace("PRODUCT_DEFECT", "SERVICE"), "intake")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("COMPLAINT_ID_ALREADY_USED"));
    }

    @Test
    @DisplayName("the actor recorded in the event is the authenticated principal")
    void actorIsThePrincipal() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        ComplaintLodged lodged = (ComplaintLodged) eventStore.readEvents(id).next().getPayload();
        assertThat(lodged.actor().name()).isEqualTo("intake");
    }

    @Test
    @DisplayName("an actor field in the request is refused, not believed")
    void actorFieldIsRefused() throws Exception {
        String spoofed = LODGE.formatted(UUID.randomUUID()).replace("\"channel\"", "\"actor\":{\"name\":\"head\"},\"channel\"");
        post("/api/complaints", spoofed, "intake")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("actor")));
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem, never a 500")
    void malformedJsonIsBadRequest() throws Exception {
        post("/api/complaints", "{\"channel\": ", "intake")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

    @Test
    @DisplayName("a missing required field is a 400 naming the field")
    void missingFieldIsNamed() throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace("\"channel\":\"EMAIL\",", ""), "intake")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("channel")));
    }

    @Test
    @DisplayName("an unknown enum value is a 400 naming the field")
    void unknownEnumValueIsNamed() throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace("EMAIL", "PIGEON"), "intake")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("channel")));
    }

    @Test
    @DisplayName("an unknown property is a 400 naming it")
    void unknownPropertyIsNamed() throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace("\"channel\"", "\"priority\":1,\"channel\""), "intake")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("priority")));
    }

    @Test
    @DisplayName("an invalid client-chosen id is a 400 naming the field")
    void invalidClientIdIsNamed() throws Exception {
        post("/api/complaints", LODGE.formatted("no spaces allowed"), "intake")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("complaintId")));
    }

    @Test
    @DisplayName("a command for an unknown complaint is a 404 problem")
    void unknownComplaintIsNotFound() throws Exception {
        post("/api/complaints/" + UUID.randomUUID() + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("COMPLAINT_NOT_FOUND"));
    }

    @Test
    @DisplayName("R2 a broken rule is a 409 with a stable code and type")
    void brokenRuleIsConflict() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent").andExpect(status().isNoContent());
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("COMPLAINT_ALREADY_ACKNOWLEDGED"))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/complaint-already-acknowledged")));
    }

    @Test
    @DisplayName("R3.3 R4.5 staff send the stage-1 outcome letter: 201 with its communication id; a final response "
            + "before stage 2 is a 409, a letter without findings a 400")
    void staffSendTheOutcomeLetter() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent").andExpect(status().isNoContent());

        post("/api/complaints/" + id + "/letters",
                "{\"communicationId\":\"outcome-1\",\"kind\":\"STAGE_ONE_OUTCOME\",\"findings\":\"The courier dropped it\"}",
                "agent")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("outcome-1"));
        post("/api/complaints/" + id + "/resolution", resolution("outcome-1", ""), "agent")
                .andExpect(status().isNoContent());
        assertThat(eventStore.readEvents(id).asStream().map(event -> event.getPayload())
                .filter(LetterWritten.class::isInstance).map(LetterWritten.class::cast))
                .singleElement().satisfies(letter -> {
                    assertThat(letter.findings()).isEqualTo("The courier dropped it");
                    assertThat(letter.actor().name()).isEqualTo("agent");
                });

        post("/api/complaints/" + id + "/letters",
                "{\"kind\":\"FINAL_RESPONSE\",\"findings\":\"f\",\"signposting\":\"Citizens Advice\"}", "agent")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LETTER_NOT_APPLICABLE"));
        post("/api/complaints/" + id + "/letters", "{\"kind\":\"STAGE_ONE_OUTCOME\"}", "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

    /** A resolution body naming the communication that told the findings; {@code more} adds members. */
    static String resolution(String findingsCommunicationId, String more) {
        return "{\"outcome\":\"UPHELD\",\"remedy\":\"Refund\",\"rootCause\":\"Courier\",\"customerSignposted\":true,"
                + "\"findingsCommunicationId\":\"" + findingsCommunicationId + "\"" + more + "}";
    }

    /** Lodged, acknowledged, the findings told by phone ({@code call-1}), resolved at stage 1 and escalated. */
    String escalated() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent").andExpect(status().isNoContent());
        post("/api/complaints/" + id + "/communications", "{\"communicationId\":\"call-1\",\"channel\":\"PHONE\","
                + "\"direction\":\"OUTBOUND\",\"summary\":\"Told the findings\"}", "agent").andExpect(status().isCreated());
        post("/api/complaints/" + id + "/resolution", resolution("call-1", ""), "agent").andExpect(status().isNoContent());
        post("/api/complaints/" + id + "/escalation", "{\"reason\":\"Not happy\"}", "agent").andExpect(status().isNoContent());
        return id;
    }

    @Test
    @DisplayName("R3.3 a resolution naming no communication that told the findings is a 400 naming the field; one "
            + "naming an inbound communication a 409 whose problem detail names R3.3 and the field")
    void aResolutionNamesTheCommunicationOfTheFindings() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent").andExpect(status().isNoContent());
        post("/api/complaints/" + id + "/resolution",
                "{\"outcome\":\"UPHELD\",\"remedy\":\"Refund\",\"rootCause\":\"Courier\",\"customerSignposted\":false}",
                "agent").andExpect(badInput("INVALID_INPUT", "findingsCommunicationId"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must name the communication that told the customer the findings (R3.3)"));
        post("/api/complaints/" + id + "/communications", "{\"communicationId\":\"in-1\",\"channel\":\"EMAIL\","
                + "\"direction\":\"INBOUND\",\"summary\":\"The customer asked\"}", "agent").andExpect(status().isCreated());
        post("/api/complaints/" + id + "/resolution", resolution("in-1", ""), "agent")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FINDINGS_NOT_COMMUNICATED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(R3.3)")))
                .andExpect(jsonPath("$.errors[0].field").value("findingsCommunicationId"));
        post("/api/complaints/" + id + "/communications", "{\"communicationId\":\"out-1\",\"channel\":\"EMAIL\","
                + "\"direction\":\"OUTBOUND\",\"summary\":\"Told the findings\"}", "agent").andExpect(status().isCreated());
        post("/api/complaints/" + id + "/resolution", resolution("out-1", ""), "agent").andExpect(status().isNoContent());
    }

    @Test
    @DisplayName("R4.2 the head forwards to a manager by user name (400 without); only that manager or the head "
            + "resolves stage 2 (409 for an agent), stating the review (400 without)")
    void stageTwoIsTheReviewingManagers() throws Exception {
        String id = escalated();
        post("/api/complaints/" + id + "/escalation/acknowledgement",
                "{\"managerName\":\"Mo Manager\",\"department\":\"Warehouse\"}", "head")
                .andExpect(badInput("INVALID_INPUT", "managerUserName"));
        post("/api/complaints/" + id + "/escalation/acknowledgement",
                "{\"managerUserName\":\"manager\",\"managerName\":\"Mo Manager\",\"department\":\"Warehouse\"}", "head")
                .andExpect(status().isNoContent());
        post("/api/complaints/" + id + "/communications", "{\"communicationId\":\"call-2\",\"channel\":\"PHONE\","
                + "\"direction\":\"OUTBOUND\",\"summary\":\"Told the review\"}", "manager").andExpect(status().isCreated());
        String review = ",\"review\":{\"summary\":\"Stage 1 was right\",\"furtherAction\":\"Postage refunded\"}";

        post("/api/complaints/" + id + "/resolution", resolution("call-2", review), "agent")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_THE_REVIEWING_MANAGER"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(R4.2)")));
        post("/api/complaints/" + id + "/resolution", resolution("call-2", ""), "manager")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("STAGE_TWO_REVIEW_REQUIRED"))
                .andExpect(jsonPath("$.errors[0].field").value("review.summary"));
        post("/api/complaints/" + id + "/resolution", resolution("call-1", review), "manager")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("FINDINGS_NOT_COMMUNICATED"));
        post("/api/complaints/" + id + "/resolution", resolution("call-2", review), "manager")
                .andExpect(status().isNoContent());
        assertThat(eventStore.readEvents(id).asStream().map(event -> event.getPayload())
                .filter(uk.co.welzo.klachten.api.complaint.event.ComplaintResolved.class::isInstance)
                .map(uk.co.welzo.klachten.api.complaint.event.ComplaintResolved.class::cast).toList())
                .last().satisfies(resolved -> {
                    assertThat(resolved.review().furtherAction()).isEqualTo("Postage refunded");
                    assertThat(resolved.findingsCommunicatedIn().value()).isEqualTo("call-2");
                    assertThat(resolved.actor().name()).isEqualTo("manager");
                });
    }

    @Test
    @DisplayName("a time in the future is a 400, not a rule conflict")
    void futureTimeIsBadInput() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}", "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("OCCURRED_IN_FUTURE"))
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
    }

    ResultActions put(String path, String body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path)
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static ResultMatcher badInput(String code, String field) {
        return ResultMatcher.matchAll(status().isBadRequest(),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.code").value(code),
                jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org\\r\\nBcc: eve@example.org", "ann@example.org\\r\\nBcc:eve",
            "ann@example.org\\n", "ann@exa\\rmple.org", "ann@example.org\\u2028", "ann example@example.org",
            "not-an-address", "ann@@example.org", "ann@example..org"})
    @DisplayName("R2, issue #15: a malformed e-mail address, or one with a line break, is a 400 naming complainant.email "
            + "when the complaint is lodged, not a bounce later")
    void malformedEmailAddressIsBadInputNamingIt(String address) throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace("ann@example.org", address), "intake")
                .andExpect(badInput("INVALID_INPUT", "complainant.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u2003", "\\u00A0", "\\u2028", "\\u200B", "\\uFEFF\\u200D", "\\u3000\\t"})
    @DisplayName("issue #12: a complainant name of only invisible characters is a 400 naming complainant.name, never a 500")
    void invisibleComplainantNameIsBadInputNamingIt(String invisible) throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace("Ann Example", invisible), "intake")
                .andExpect(badInput("INVALID_INPUT", "complainant.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u00A0", "\\u2029", "\\u200C", "\\u2800"})
    @DisplayName("issue #12: a handler of only invisible characters is a 400 naming handler")
    void invisibleHandlerIsBadInputNamingIt(String invisible) throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        put("/api/complaints/" + id + "/handler", "{\"handler\":\"" + invisible + "\"}", "agent")
                .andExpect(badInput("INVALID_INPUT", "handler"));
    }

    @Test
    @DisplayName("issue #12: a key given twice is a 400 naming the key")
    void keyGivenTwiceIsBadInputNamingIt() throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace("\"channel\":\"EMAIL\",",
                "\"channel\":\"EMAIL\",\"channel\":\"LETTER\","), "intake")
                .andExpect(badInput("INVALID_INPUT", "channel"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"category\":\"PRODUCT_DEFECT\" | \"category\":0                   | category",
            "\"category\":\"PRODUCT_DEFECT\" | \"category\":\" PRODUCT_DEFECT \" | category",
            "\"category\":\"PRODUCT_DEFECT\" | \"category\":\"\"                | category",
            "\"product\":\"BP monitor\"      | \"product\":123                  | product",
            "\"product\":\"BP monitor\"      | \"product\":true                 | product",
            "\"name\":\"Ann Example\"        | \"name\":42                      | complainant.name",
            "\"product\":\"BP monitor\"      | \"receivedAt\":1764000000        | receivedAt",
            "\"product\":\"BP monitor\"      | \"receivedAt\":\"\"              | receivedAt",
            "\"product\":\"BP monitor\"      | \"receivedAt\":\"0000-01-01T00:00:00Z\" | receivedAt",
            "\"product\":\"BP monitor\"      | \"receivedAt\":\"+10000-01-01T00:00:00Z\" | receivedAt"})
    @DisplayName("issue #12: a value of another type is refused, not coerced: a 400 naming the field")
    void valueOfAnotherTypeIsBadInputNamingIt(String valid, String given, String field) throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()).replace(valid, given), "intake")
                .andExpect(badInput("INVALID_INPUT", field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true"})
    @DisplayName("issue #12: a handler given as a number or boolean is a 400 naming handler")
    void handlerOfAnotherTypeIsBadInputNamingIt(String handler) throws Exception {
        put("/api/complaints/" + UUID.randomUUID() + "/handler", "{\"handler\":" + handler + "}", "agent")
                .andExpect(badInput("INVALID_INPUT", "handler"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" {}", " x", "}"})
    @DisplayName("issue #12: anything after the JSON document is a 400")
    void contentAfterTheDocumentIsBadInput(String trailing) throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID()) + trailing, "intake")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

    @ParameterizedTest
    @CsvSource({"2999-01-01T00:00:00Z, OCCURRED_IN_FUTURE", "1999-12-31T23:59:59Z, OCCURRED_BEFORE_RECORDS_BEGAN"})
    @DisplayName("issue #12: a receipt in the future or before records begin is a 400 naming receivedAt")
    void implausibleReceiptIsBadInputNamingReceivedAt(String receivedAt, String code) throws Exception {
        post("/api/complaints", LODGE.formatted(UUID.randomUUID())
                .replace("\"product\"", "\"receivedAt\":\"" + receivedAt + "\",\"product\""), "intake")
                .andExpect(badInput(code, "receivedAt"));
    }

    @Test
    @DisplayName("issue #12: a step dated before the complaint's previous step is a 400 naming occurredAt")
    void stepBeforeThePreviousOneIsBadInputNamingOccurredAt() throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/complaints", LODGE.formatted(id).replace("\"product\"", "\"receivedAt\":\"2025-06-01T00:00:00Z\",\"product\""),
                "intake").andExpect(status().isCreated());
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\",\"occurredAt\":\"2025-05-01T00:00:00Z\"}", "agent")
                .andExpect(badInput("OCCURRED_BEFORE_PREVIOUS_EVENT", "occurredAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "1764000000", "\"2026-02-30T00:00:00Z\"", "\"0000-01-01T00:00:00Z\""})
    @DisplayName("issue #12: an occurredAt that is empty, a number or impossible is a 400 naming it, never taken as now")
    void unreadableOccurredAtIsBadInputNamingIt(String occurredAt) throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\",\"occurredAt\":" + occurredAt + "}", "agent")
                .andExpect(badInput("INVALID_INPUT", "occurredAt"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20270126 | INVALID_INPUT", "\"20270126\" | INVALID_INPUT",
            "\"+20270-01-26\" | INVALID_INPUT", "\"9999-12-31\" | EXTENSION_TOO_FAR_AHEAD"})
    @DisplayName("issue #12: a new deadline not written yyyy-MM-dd, or more than a year ahead, is a 400 naming newDeadline")
    void implausibleNewDeadlineIsBadInputNamingIt(String newDeadline, String code) throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        post("/api/complaints/" + id + "/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent").andExpect(status().isNoContent());
        post("/api/complaints/" + id + "/deadline-extensions", """
                {"newDeadline":%s,"reason":"Waiting for the laboratory","channel":"EMAIL",
                 "summary":"We told her the lab needs two more weeks"}""".formatted(newDeadline), "agent")
                .andExpect(badInput(code, "newDeadline"));
    }

    @Test
    @DisplayName("SLA clock: a breach asked for before the deadline crosses the bus as DEADLINE_NOT_REACHED; a stale warning emits nothing")
    void slaClockCommandsCrossTheBus() throws Exception {
        String id = UUID.randomUUID().toString();
        lodge(id);
        ComplaintLodged lodged = (ComplaintLodged) eventStore.readEvents(id).next().getPayload();
        Actor slaClock = new Actor("sla-clock");
        assertThat(Duration.between(lodged.acknowledgementWarningAt(), lodged.acknowledgementDue())).isEqualTo(Duration.ofHours(12));

        assertThatThrownBy(() -> commands.sendAndWait(new RecordMissedDeadline(lodged.complaintId(),
                DeadlineKind.ACKNOWLEDGEMENT, null, lodged.acknowledgementDue(), slaClock)))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused -> assertThat(refused.getDetails())
                        .hasValueSatisfying(detail -> assertThat(((ErrorDetail) detail).code())
                                .isEqualTo(ErrorCode.DEADLINE_NOT_REACHED)));
        commands.sendAndWait(new IssueDeadlineWarning(lodged.complaintId(), DeadlineKind.ACKNOWLEDGEMENT, null,
                lodged.acknowledgementDue().minusSeconds(1), slaClock));
        assertThat(eventStore.readEvents(id).asStream().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a path id that is not a valid complaint id is a 400")
    void invalidPathIdIsBadRequest() throws Exception {
        post("/api/complaints/-bad/acknowledgement", "{\"channel\":\"EMAIL\"}", "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

}
