package uk.co.welzo.klachten.command.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionAgreed;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionRaised;
import uk.co.welzo.klachten.command.CommandSideApplication;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/** R6.3 over HTTP: 201 with Location, problem details for bad input and broken rules, 403 for a wrong role. */
@SpringBootTest(classes = CommandSideApplication.class, properties = {
        "spring.config.name=command-side", "axon.axonserver.enabled=false", "klachten.security.mode=demo"})
@AutoConfigureMockMvc
@Import(ImprovementActionApiTest.InMemoryStore.class)
class ImprovementActionApiTest {

    static final String RAISE = """
            {"actionId":"%s","title":"Double-box blood-pressure monitors",
             "problem":{"kind":"ROOT_CAUSE","value":"Courier damage"},
             "owningDepartment":"Warehouse","owner":"manager","due":"%s"}""".formatted("%s",
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(60));

    @TestConfiguration
    static class InMemoryStore {
        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    ResultActions send(String method, String path, String body, String user) throws Exception {
        var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                .with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    String raise() throws Exception {
        String id = "ia-" + UUID.randomUUID();
        send("POST", "/api/improvement-actions", RAISE.formatted(id), "analyst").andExpect(status().isCreated());
        return id;
    }

    List<? extends DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(ImprovementTargets.PREFIX + id).asStream().toList();
    }

    @Test
    @DisplayName("R6.3 raising answers 201 with a Location; the event records the caller and is chained")
    void raisingAnswersLocation() throws Exception {
        String id = "ia-" + UUID.randomUUID();
        send("POST", "/api/improvement-actions", RAISE.formatted(id), "head")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/improvement-actions/" + id))
                .andExpect(jsonPath("$.actionId").value(id));
        DomainEventMessage<?> raised = events(id).get(0);
        assertThat(((ImprovementActionRaised) raised.getPayload()).actor().name()).isEqualTo("head");
        assertThat(raised.getMetaData()).containsKey(EventChain.HASH);
    }

    @Test
    @DisplayName("R6.3 the owning manager agrees, starts and completes; links and unlinks are recorded")
    void ownerTakesTheSteps() throws Exception {
        String id = raise();
        String one = "/api/improvement-actions/" + id;
        send("POST", one + "/links", "{\"complaintId\":\"c-1\",\"why\":\"same damage\"}", "analyst")
                .andExpect(status().isNoContent());
        send("DELETE", one + "/links/c-1?why=other%20cause", null, "head").andExpect(status().isNoContent());
        send("POST", one + "/agreement", null, "manager").andExpect(status().isNoContent());
        send("POST", one + "/start", null, "manager").andExpect(status().isNoContent());
        send("POST", one + "/completion", "{\"whatWasDone\":\"double boxes\"}", "manager").andExpect(status().isNoContent());
        send("POST", one + "/effect-review", "{\"finding\":\"fewer\"}", "head").andExpect(status().isNoContent());
        assertThat(events(id)).hasSize(7);
        assertThat(events(id).get(3).getPayload()).isInstanceOf(ImprovementActionAgreed.class);
    }

    @Test
    @DisplayName("R6.3 a step out of order is a 409 problem saying the state")
    void stepOutOfOrderIsConflict() throws Exception {
        String id = raise();
        send("POST", "/api/improvement-actions/" + id + "/completion", "{\"whatWasDone\":\"x\"}", "manager")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("IMPROVEMENT_STEP_NOT_ALLOWED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PROPOSED")));
    }

    @Test
    @DisplayName("R6.3 unlinking a complaint not linked is a 409 problem")
    void unlinkingAnUnlinkedComplaintIsConflict() throws Exception {
        String id = raise();
        send("DELETE", "/api/improvement-actions/" + id + "/links/c-9?why=w", null, "analyst")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("COMPLAINT_NOT_LINKED"));
    }

    @Test
    @DisplayName("R6.3 an unknown action is a 404 problem with its own code")
    void unknownActionIsNotFound() throws Exception {
        send("POST", "/api/improvement-actions/no-such-action/agreement", null, "head")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("IMPROVEMENT_ACTION_NOT_FOUND"));
    }

    @Test
    @DisplayName("R6.3 a blank title is a 400 problem naming the field")
    void blankTitleIsBadInput() throws Exception {
        send("POST", "/api/improvement-actions", RAISE.formatted("ia-blank").replace("Double-box blood-pressure monitors", " "),
                "analyst")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    @DisplayName("R6.3 a due date in the past is a 400 problem naming the field")
    void pastDueDateIsBadInput() throws Exception {
        send("POST", "/api/improvement-actions", RAISE.formatted("ia-past").replaceAll("\\d{4}-\\d{2}-\\d{2}", "2001-01-01"), "analyst")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }

    @Test
    @DisplayName("R6.3 an agent may not raise an action: 403 before the body is read")
    void agentIsForbidden() throws Exception {
        send("POST", "/api/improvement-actions", RAISE.formatted("ia-agent"), "agent").andExpect(status().isForbidden());
        send("POST", "/api/improvement-actions/ia-agent/agreement", null, "analyst").andExpect(status().isForbidden());
    }
}
