package uk.co.welzo.klachten.query.queue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/queue over HTTP: who may read it (R8.1), how parameters become the query, and bad parameters as 400 problems. */
@WebMvcTest(QueueController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, QueueRules.class})
class QueueControllerTest {

    private static final WorkQueuePage ONE_ITEM = new WorkQueuePage(List.of(new WorkQueueItemSummary("q-1", "7KQ-M2X-D5R",
            Stage.ONE, ComplaintStatus.RECEIVED, Category.SERVICE, Channel.EMAIL, null, null, null, null, List.of(),
            List.of(),
            Instant.parse("2026-03-04T09:00:00Z"), true)), 0, 20, 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void answerOnePage() {
        when(queries.query(any(FindWorkQueue.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(ONE_ITEM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "agent2", "head", "manager"})
    void letsTheStaffWhoHandleComplaintsRead(String user) throws Exception {
        mvc.perform(get("/api/queue").with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].complaintId").value("q-1"))
                .andExpect(jsonPath("$.items[0].nextDue").value("2026-03-04T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "analyst", "auditor", "admin"})
    void refusesEveryOtherRole(String user) throws Exception {
        mvc.perform(get("/api/queue").with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(get("/api/queue"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void turnsTheParametersIntoTheQuery() throws Exception {
        mvc.perform(get("/api/queue").with(httpBasic("agent", "demo"))
                        .param("stage", "TWO").param("status", "ESCALATED").param("handler", "alice")
                        .param("category", "SERVICE").param("channel", "PHONE").param("overdue", "true")
                        .param("dueBefore", "2026-03-10T00:00:00Z").param("reviewDepartment", " Warehouse ")
                        .param("page", "2").param("size", "100"))
                .andExpect(status().isOk());
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindWorkQueue(Stage.TWO, ComplaintStatus.ESCALATED, "alice",
                Category.SERVICE, Channel.PHONE, true, Instant.parse("2026-03-10T00:00:00Z"), "Warehouse", 2, 100));

        clearInvocations(queries);
        mvc.perform(get("/api/queue").with(httpBasic("head", "demo"))).andExpect(status().isOk());
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindWorkQueue(null, null, null, null, null, null, null, null, 0, 20));
    }

    @Test
    @SuppressWarnings("unchecked")
    void myEscalationsAreTheOnesForwardedToTheSignedInManager_R4_2() throws Exception {
        mvc.perform(get("/api/queue/escalations/mine").with(httpBasic("manager", "demo")).param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].complaintId").value("q-1"));
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindWorkQueue(Stage.TWO, null, null, null, null, null, null, null,
                "manager", 1, 20));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadSeesTheEscalationsWaitingToBeForwarded_R4_2() throws Exception {
        mvc.perform(get("/api/queue/escalations/awaiting-forwarding").with(httpBasic("head", "demo")))
                .andExpect(status().isOk());
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindWorkQueue(null, ComplaintStatus.ESCALATED, null, null, null,
                null, null, null, 0, 20));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/queue/escalations/mine, agent",
            "/api/queue/escalations/mine, analyst",
            "/api/queue/escalations/awaiting-forwarding, manager",
            "/api/queue/escalations/awaiting-forwarding, agent",
            "/api/queue/escalations/awaiting-forwarding, auditor"})
    void refusesTheEscalationViewsToOtherRoles(String path, String user) throws Exception {
        mvc.perform(get(path).with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @CsvSource({
            "stage, THREE",
            "status, LOST",
            "category, stuff",
            "channel, PIGEON",
            "category, 0",
            "overdue, maybe",
            "dueBefore, next-week",
            "page, -1",
            "page, one",
            "size, 0",
            "size, 101"})
    void answersABadParameterWithAProblemNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/queue").with(httpBasic("agent", "demo")).param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.type").value("https://klachten.welzo.co.uk/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z", "1773100800000"})
    void refusesADueBeforeOutsideTheRepresentableRangeNamingIt(String dueBefore) throws Exception {
        mvc.perform(get("/api/queue").with(httpBasic("agent", "demo")).param("dueBefore", dueBefore))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[0].field").value("dueBefore"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ISO-8601 instant")));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void asksForADueBeforeAtEitherEdgeOfTheRange(String dueBefore) throws Exception {
        mvc.perform(get("/api/queue").with(httpBasic("agent", "demo")).param("dueBefore", dueBefore))
                .andExpect(status().isOk());
    }
}
