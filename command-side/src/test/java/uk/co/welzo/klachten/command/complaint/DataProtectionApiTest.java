package uk.co.welzo.klachten.command.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.command.CommandSideApplication;

/** R8.2 over HTTP: the data-protection officer erases, places and releases a legal hold; refusals as problem details. */
@SpringBootTest(classes = CommandSideApplication.class, properties = {
        "spring.config.name=command-side", "axon.axonserver.enabled=false", "klachten.security.mode=demo"})
@AutoConfigureMockMvc
@Import(CommandApiTestConfiguration.class)
class DataProtectionApiTest {

    static final String ERASURE = """
            {"ground":"CONSENT_WITHDRAWN","requester":"DATA_SUBJECT","requestReference":"DPO-2026-017"}""";
    static final String HOLD = "{\"reason\":\"Claim issued in the county court\"}";
    static final String RELEASE = "{\"reason\":\"Claim settled\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    ResultActions post(String path, String body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Lodged, acknowledged, the findings told by phone, resolved at stage 1 and, if asked, closed as accepted. */
    String complaint(boolean closed) throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/complaints", CommandApiTest.LODGE.formatted(id), "intake").andExpect(status().isCreated());
        post(path(id, "/acknowledgement"), "{\"channel\":\"EMAIL\"}", "agent").andExpect(status().isNoContent());
        post(path(id, "/communications"), "{\"communicationId\":\"call-1\",\"channel\":\"PHONE\","
                + "\"direction\":\"OUTBOUND\",\"summary\":\"Told the findings\"}", "agent").andExpect(status().isCreated());
        post(path(id, "/resolution"), CommandApiTest.resolution("call-1", ""), "agent").andExpect(status().isNoContent());
        if (closed) {
            post(path(id, "/closure"), "{\"reason\":\"ACCEPTED_BY_CUSTOMER\"}", "agent").andExpect(status().isNoContent());
        }
        return id;
    }

    static String path(String id, String step) {
        return "/api/complaints/" + id + step;
    }

    List<Object> events(String id) {
        return eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    @Test
    @DisplayName("R8.2 a closure schedules retention; the data-protection officer's erasure is a 204 recording the ground, "
            + "requester and reference; again is a 204 with nothing new")
    void officerErasesAClosedComplaint() throws Exception {
        String id = complaint(true);
        assertThat(events(id)).filteredOn(RetentionScheduled.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((RetentionScheduled) event).retentionPolicy())
                        .isEqualTo("personal-data-P6Y-after-end"));

        post(path(id, "/erasure"), ERASURE, "dpo").andExpect(status().isNoContent());
        post(path(id, "/erasure"), ERASURE, "dpo").andExpect(status().isNoContent());

        assertThat(events(id)).filteredOn(PersonalDataErased.class::isInstance).singleElement().satisfies(event -> {
            PersonalDataErased erased = (PersonalDataErased) event;
            assertThat(erased.ground()).isEqualTo(ErasureGround.CONSENT_WITHDRAWN);
            assertThat(erased.requester()).isEqualTo(Requester.DATA_SUBJECT);
            assertThat(erased.requestReference()).isEqualTo("DPO-2026-017");
            assertThat(erased.actor().name()).isEqualTo("dpo");
        });
        post(path(id, "/communications"), "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"summary\":\"s\"}", "agent")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PERSONAL_DATA_ALREADY_ERASED"));
    }

    @Test
    @DisplayName("R8.2 erasing a complaint still being handled is a 409 COMPLAINT_NOT_ENDED problem detail")
    void erasingAnOpenComplaintIsAConflict() throws Exception {
        String id = complaint(false);
        post(path(id, "/erasure"), ERASURE, "dpo")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("COMPLAINT_NOT_ENDED"))
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/complaint-not-ended")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("(R8.2)")));
    }

    @Test
    @DisplayName("R8.2 an erasure without ground, requester or reference is a 400 naming the field")
    void erasureWithoutGroundIsBadInput() throws Exception {
        String id = complaint(true);
        post(path(id, "/erasure"), "{\"requester\":\"DATA_SUBJECT\",\"requestReference\":\"r\"}", "dpo")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("ground")));
        post(path(id, "/erasure"), "{\"ground\":\"CONSENT_WITHDRAWN\",\"requester\":\"DATA_SUBJECT\",\"requestReference\":\" \"}",
                "dpo")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("requestReference")));
        post(path(id, "/legal-hold"), "{}", "dpo")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("reason")));
    }

    @Test
    @DisplayName("R8.2 a legal hold is a 204; a second is a 409, an erasure under it a 409 LEGAL_HOLD_IN_FORCE; the "
            + "release is a 204 and a second release a 409 NO_LEGAL_HOLD; then the erasure goes through")
    void legalHoldStopsErasureUntilReleased() throws Exception {
        String id = complaint(true);
        post(path(id, "/legal-hold"), HOLD, "dpo").andExpect(status().isNoContent());
        post(path(id, "/legal-hold"), HOLD, "dpo")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LEGAL_HOLD_ALREADY_PLACED"));
        post(path(id, "/erasure"), ERASURE, "dpo")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("LEGAL_HOLD_IN_FORCE"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("until the hold is released")));

        post(path(id, "/legal-hold/release"), RELEASE, "dpo").andExpect(status().isNoContent());
        post(path(id, "/legal-hold/release"), RELEASE, "dpo")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NO_LEGAL_HOLD"));
        post(path(id, "/erasure"), ERASURE, "dpo").andExpect(status().isNoContent());
        post(path(id, "/legal-hold"), HOLD, "dpo")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PERSONAL_DATA_ALREADY_ERASED"));

        List<Object> events = events(id);
        assertThat(events).filteredOn(LegalHoldPlaced.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(LegalHoldReleased.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((LegalHoldReleased) event).eraseAfter()).isNotNull());
        assertThat(events).filteredOn(PersonalDataErased.class::isInstance).hasSize(1);
    }

    @Test
    @DisplayName("R8.2 a legal hold on an unknown complaint is a 404")
    void holdOnAnUnknownComplaintIsNotFound() throws Exception {
        post(path(UUID.randomUUID().toString(), "/legal-hold"), HOLD, "dpo")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("COMPLAINT_NOT_FOUND"));
    }
}
