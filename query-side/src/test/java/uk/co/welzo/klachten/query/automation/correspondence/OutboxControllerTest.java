package uk.co.welzo.klachten.query.automation.correspondence;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/** The outbox over HTTP: who may read it, the states it filters on, and never a letter's body. */
@WebMvcTest(OutboxController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, LetterRules.class})
class OutboxControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Outbox outbox;

    /** The post room's endpoints are tested over a real outbox: PostRoomControllerTest. */
    @MockitoBean
    PostRoom postRoom;

    private static OutboxEntry parked() {
        OutboxEntry entry = OutboxEntry.of("web-1", LetterKind.ACKNOWLEDGEMENT, "event-1", 1,
                Instant.parse("2027-01-05T10:00:00Z"));
        entry.state = LetterState.PARKED;
        entry.attempts = 8;
        entry.lastError = "MailSendException: Mail server connection failed";
        return entry;
    }

    @BeforeEach
    void outboxHoldsOneParkedLetter() {
        when(outbox.inState(eq(LetterState.PARKED), anyInt())).thenReturn(List.of(parked()));
        when(outbox.inState(isNull(), anyInt())).thenReturn(List.of(parked()));
        when(outbox.ofComplaint("web-1")).thenReturn(List.of(parked()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "admin"})
    void showsTheHeadAndOperatorsTheOutboxInAState(String user) throws Exception {
        mvc.perform(get("/api/outbox").param("state", "parked").with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].key").value("web-1:ACKNOWLEDGEMENT:event-1"))
                .andExpect(jsonPath("$[0].state").value("PARKED"))
                .andExpect(jsonPath("$[0].attempts").value(8))
                .andExpect(jsonPath("$[0].lastError").value("MailSendException: Mail server connection failed"))
                .andExpect(jsonPath("$[0].text").doesNotExist())
                .andExpect(jsonPath("$[0].html").doesNotExist());
        mvc.perform(get("/api/outbox").with(httpBasic(user, "demo"))).andExpect(jsonPath("$", hasSize(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "analyst", "auditor", "intake", "manager"})
    void refusesTheWholeOutboxToEveryOtherRole(String user) throws Exception {
        mvc.perform(get("/api/outbox").with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnUnknownStateNamingTheParameter() throws Exception {
        mvc.perform(get("/api/outbox").param("state", "LOST").with(httpBasic("head", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "head"})
    void showsAgentsAndTheHeadTheLettersOfAComplaint(String user) throws Exception {
        mvc.perform(get("/api/complaints/web-1/letters").with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("ACKNOWLEDGEMENT"))
                .andExpect(jsonPath("$[0].state").value("PARKED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "analyst", "auditor", "intake", "admin"})
    void refusesAComplaintsLettersToEveryOtherRole_R8_1(String user) throws Exception {
        mvc.perform(get("/api/complaints/web-1/letters").with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void asksWhoIsCallingFirst() throws Exception {
        mvc.perform(get("/api/outbox")).andExpect(status().isUnauthorized());
    }
}
