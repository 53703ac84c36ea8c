package uk.co.welzo.klachten.query.improvement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.query.FindComplaintImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementAction;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementActions;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionSummary;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionView;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/** R6.3 and R8.1 over HTTP: who reads improvement actions, 404 for an unknown one, 409 for the effect of one not done. */
@WebMvcTest(ImprovementActionController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, ImprovementActionControllerTest.FixedClock.class})
class ImprovementActionControllerTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final String[] ENDPOINTS = {"/api/improvement-actions", "/api/improvement-actions/ia-1",
            "/api/complaints/c-1/improvement-actions"};

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryGateway queries;

    static ImprovementActionView proposed() {
        return new ImprovementActionView("ia-1", "Double boxes", new ProblemArea(ProblemKind.PRODUCT, "BP monitor"),
                "Warehouse", "manager", LocalDate.parse("2026-11-30"), ImprovementState.PROPOSED, true, NOW, "analyst",
                null, null, null, null, null, null, null, null, List.of(), List.of(), 0);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void answer() {
        ImprovementActionSummary summary = new ImprovementActionSummary("ia-1", "Double boxes",
                new ProblemArea(ProblemKind.PRODUCT, "BP monitor"), "Warehouse", "manager", LocalDate.parse("2026-11-30"),
                ImprovementState.PROPOSED, true, 0, NOW, null);
        when(queries.query(any(FindImprovementActions.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(summary)));
        when(queries.query(any(FindComplaintImprovementActions.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(summary)));
        when(queries.query(any(FindImprovementAction.class), any(ResponseType.class))).thenAnswer(call ->
                CompletableFuture.completedFuture(((FindImprovementAction) call.getArgument(0)).actionId().value()
                        .equals("ia-1") ? Optional.of(proposed()) : Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "analyst", "manager", "auditor"})
    @DisplayName("R6.3 the head, analysts, managers and auditors read improvement actions")
    void readersRead(String user) throws Exception {
        for (String endpoint : ENDPOINTS) {
            mvc.perform(get(endpoint).with(httpBasic(user, "demo"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/improvement-actions?overdue=true").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$[0].overdue").value(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "agent", "admin"})
    @DisplayName("R8.1 every other role is refused with 403 before any query")
    void otherRolesAreForbidden(String user) throws Exception {
        for (String endpoint : ENDPOINTS) {
            mvc.perform(get(endpoint).with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    @DisplayName("R6.3 an unknown action is a 404 problem with its own code")
    void unknownActionIsNotFound() throws Exception {
        mvc.perform(get("/api/improvement-actions/ia-9").with(httpBasic("analyst", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("IMPROVEMENT_ACTION_NOT_FOUND"));
    }

    @Test
    @DisplayName("R6.3 the effect of an action not yet done is a 409 problem saying its state")
    void effectBeforeDoneIsConflict() throws Exception {
        mvc.perform(get("/api/improvement-actions/ia-1/effect").with(httpBasic("analyst", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IMPROVEMENT_NOT_DONE"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PROPOSED")));
    }

    @Test
    @DisplayName("a malformed id, an unknown state or months out of range are 400 problems")
    void badInputIsBadRequest() throws Exception {
        mvc.perform(get("/api/improvement-actions/-bad").with(httpBasic("analyst", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/improvement-actions?state=FINISHED").with(httpBasic("analyst", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/improvement-actions?dueBefore=+999999999-12-31").with(httpBasic("analyst", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(get("/api/improvement-actions/ia-1/effect?months=0").with(httpBasic("analyst", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
    }
}
