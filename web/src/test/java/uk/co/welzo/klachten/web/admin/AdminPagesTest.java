package uk.co.welzo.klachten.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.admin.DeadLetterEvictionView;
import uk.co.welzo.klachten.api.admin.DeadLetterQueueView;
import uk.co.welzo.klachten.api.admin.DeadLetterRetryView;
import uk.co.welzo.klachten.api.admin.DeadLetterSequenceView;
import uk.co.welzo.klachten.api.admin.DeadLetterView;
import uk.co.welzo.klachten.api.admin.EvictDeadLetters;
import uk.co.welzo.klachten.api.admin.FindDeadLetters;
import uk.co.welzo.klachten.api.admin.FindProcessors;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;
import uk.co.welzo.klachten.api.admin.RetryDeadLetters;
import uk.co.welzo.klachten.api.admin.StartReplay;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** The operators' pages: administrators only, what they ask the query side, and the typed confirmations before a wipe. */
@SpringBootTest(classes = PagesTestApplication.class)
@AutoConfigureMockMvc
class AdminPagesTest {

    private static final ReplayStatusView CASES = new ReplayStatusView("cases", true, false, 1, 40L, 41L, 97);
    private static final ReplayStatusView QUEUE = new ReplayStatusView("queue", true, true, 1, 10L, 41L, 24);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void theQuerySide() {
        when(queries.query(any(FindProcessors.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(CASES, QUEUE)));
        when(queries.query(any(FindDeadLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(new DeadLetterQueueView("cases", 2, 1, List.of(
                        new DeadLetterSequenceView("c-1", 2, List.of(
                                new DeadLetterView("e-1", "ComplaintLodged", "c-1", 0L, "java.lang.IllegalStateException",
                                        "<script>boom</script>", Instant.parse("2027-07-01T09:00:00Z"),
                                        Instant.parse("2027-07-01T09:00:00Z"), 1),
                                new DeadLetterView("e-2", "ComplaintAcknowledged", "c-1", 1L, null, null,
                                        Instant.parse("2027-07-01T09:01:00Z"), Instant.parse("2027-07-01T09:01:00Z"), 0))))),
                        new DeadLetterQueueView("queue", 0, 0, List.of()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "ANALYST", "AUDITOR", "HEAD_OF_CUSTOMER_SERVICE", "DEPARTMENT_MANAGER", "INTAKE"})
    void everyOtherRoleIsRefusedEveryPageAndAction(String role) throws Exception {
        for (String path : List.of("/admin", "/admin/replays/confirm?group=cases", "/admin/dead-letters",
                "/admin/dead-letters/cases/sequences/c-1/evict")) {
            mvc.perform(get(path).with(user(role))).andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/access-denied"));
        }
        mvc.perform(get("/admin").header("HX-Request", "true").with(user(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/replays").param("group", "cases").param("confirmation", "cases").with(csrf())
                .with(user(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/dead-letters/cases/retry").with(csrf()).with(user(role)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/dead-letters/cases/sequences/c-1/evict").param("confirmation", "c-1").with(csrf())
                .with(user(role))).andExpect(status().isForbidden());
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl("http://localhost/sign-in"));
        mvc.perform(get("/admin/dead-letters")).andExpect(redirectedUrl("http://localhost/sign-in"));
    }

    @Test
    void anAdministratorStartsOnTheProcessorsPage() throws Exception {
        mvc.perform(get("/").with(user("ADMIN"))).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void theProcessorsPageShowsPositionLagAndProgressAndPollsItself() throws Exception {
        String page = mvc.perform(get("/admin").with(user("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("hx-get=\"/admin\"", "hx-trigger=\"every 2s\"", "/css/admin.css", "/js/admin-live.js")
                .contains("id=\"processors-lost\"", "hidden")
                .contains("40 of 41", "97 %", "24 %", "Being replayed")
                .contains("href=\"/admin/replays/confirm?group=cases\"")
                .doesNotContain("href=\"/admin/replays/confirm?group=queue\"") // replaying: not offered again
                .doesNotContain("id=\"replay-all\"");
        assertThat(page).containsPattern("data-group=\"cases\"[^>]*>\\s*<th[^>]*>cases</th>\\s*<td>Running</td>\\s*<td>40 of 41</td>\\s*<td>1</td>");
    }

    @Test
    void thePollAnswersTheProcessorsAloneNeverCached() throws Exception {
        String rows = mvc.perform(get("/admin").header("HX-Request", "true").with(user("ADMIN")))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Vary", "HX-Request"))
                .andReturn().getResponse().getContentAsString();

        assertThat(rows).startsWith("<div id=\"processors\"").contains("hx-trigger=\"every 2s\"", "97 %")
                .doesNotContain("<html", "<nav");
    }

    @Test
    void replayAllIsOfferedWhenNothingReplays() throws Exception {
        when(queries.query(any(FindProcessors.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(CASES)));

        String page = mvc.perform(get("/admin").with(user("ADMIN"))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"replay-all\"", "href=\"/admin/replays/confirm?group=all\"");
    }

    @Test
    void aReplayIsConfirmedByTypingTheGroupsName() throws Exception {
        String confirm = mvc.perform(get("/admin/replays/confirm").param("group", "cases").with(user("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Replay the read model cases?", "empties the read model", "To confirm, type cases");
        verify(queries, never()).query(any(StartReplay.class), any(ResponseType.class));

        for (String typed : new String[] {null, "", "case", "all"}) {
            var request = post("/admin/replays").param("group", "cases").with(csrf()).with(user("ADMIN"));
            if (typed != null) {
                request.param("confirmation", typed);
            }
            String again = mvc.perform(request).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(again).contains("Type cases exactly as shown", "aria-invalid=\"true\"");
        }
        verify(queries, never()).query(any(StartReplay.class), any(ResponseType.class));
    }

    @Test
    void aConfirmedReplayIsAskedForInTheOperatorsName() throws Exception {
        when(queries.query(any(StartReplay.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(CASES)));

        mvc.perform(post("/admin/replays").param("group", "cases").param("confirmation", " cases ").with(csrf())
                        .with(user("ADMIN")))
                .andExpect(redirectedUrl("/admin")).andExpect(flash().attribute("doneKey", "admin.replay.started"));

        ArgumentCaptor<StartReplay> sent = ArgumentCaptor.forClass(StartReplay.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue().group()).isEqualTo("cases");
        assertThat(sent.getValue().actor().name()).isEqualTo("admin");
    }

    @Test
    void replayingEveryReadModelIsConfirmedByTypingAll() throws Exception {
        when(queries.query(any(StartReplay.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(CASES, QUEUE)));

        assertThat(mvc.perform(get("/admin/replays/confirm").param("group", "all").with(user("ADMIN")))
                .andReturn().getResponse().getContentAsString()).contains("Replay every read model?");
        mvc.perform(post("/admin/replays").param("group", "all").param("confirmation", "all").with(csrf())
                .with(user("ADMIN"))).andExpect(redirectedUrl("/admin"));

        ArgumentCaptor<StartReplay> sent = ArgumentCaptor.forClass(StartReplay.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue().group()).isEqualTo("all");
    }

    @Test
    void aReplayAlreadyRunningIsARefusalInWords() throws Exception {
        when(queries.query(any(StartReplay.class), any(ResponseType.class))).thenReturn(CompletableFuture.failedFuture(
                new QueryExecutionException("refused", null, new ErrorDetail(ErrorCode.REPLAY_ALREADY_RUNNING,
                        ErrorCode.REPLAY_ALREADY_RUNNING.sentence("queue")))));

        String page = mvc.perform(post("/admin/replays").param("group", "queue").param("confirmation", "queue")
                        .with(csrf()).with(user("ADMIN")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The read model queue is being replayed already");
    }

    @Test
    void aFormWithoutItsCsrfTokenSendsNothing() throws Exception {
        mvc.perform(post("/admin/replays").param("group", "cases").param("confirmation", "cases").with(user("ADMIN")))
                .andExpect(status().isForbidden());
        verify(queries, never()).query(any(StartReplay.class), any(ResponseType.class));
    }

    @Test
    void theDeadLettersShowEachSequenceWithItsCauseAsText() throws Exception {
        String page = mvc.perform(get("/admin/dead-letters").with(user("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("cases: 1 complaint, 2 events", "ComplaintLodged", "ComplaintAcknowledged",
                        "Failed: java.lang.IllegalStateException: &lt;script&gt;boom&lt;/script&gt;",
                        "Waits behind the event that failed.", "Thu 1 Jul 2027, 10:00:00", "1 retry failed",
                        "action=\"/admin/dead-letters/cases/retry\"",
                        "href=\"/admin/dead-letters/cases/sequences/c-1/evict\"")
                .doesNotContain("<script>boom", "group-queue");
    }

    @Test
    void noDeadLettersSaysSo() throws Exception {
        when(queries.query(any(FindDeadLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(new DeadLetterQueueView("cases", 0, 0, List.of()))));

        assertThat(mvc.perform(get("/admin/dead-letters").with(user("ADMIN"))).andReturn().getResponse()
                .getContentAsString()).contains("No dead letters: every read model applied every event.");
    }

    @Test
    void aRetryNeedsNoConfirmationAndSaysWhatItAchieved() throws Exception {
        when(queries.query(any(RetryDeadLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new DeadLetterRetryView("cases", 1, 0, 0)));

        mvc.perform(post("/admin/dead-letters/cases/retry").param("sequenceId", "c-1").with(csrf()).with(user("ADMIN")))
                .andExpect(redirectedUrl("/admin/dead-letters"))
                .andExpect(flash().attribute("doneKey", "admin.deadLetters.retried"));

        ArgumentCaptor<RetryDeadLetters> sent = ArgumentCaptor.forClass(RetryDeadLetters.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue()).isEqualTo(new RetryDeadLetters("cases", "c-1", sent.getValue().actor()));
        assertThat(sent.getValue().actor().name()).isEqualTo("admin");
    }

    @Test
    void retryingEveryComplaintOfAGroupNamesNoSequence() throws Exception {
        when(queries.query(any(RetryDeadLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new DeadLetterRetryView("cases", 0, 1, 2)));

        mvc.perform(post("/admin/dead-letters/cases/retry").with(csrf()).with(user("ADMIN")))
                .andExpect(redirectedUrl("/admin/dead-letters"));

        ArgumentCaptor<RetryDeadLetters> sent = ArgumentCaptor.forClass(RetryDeadLetters.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue().sequenceId()).isNull();
    }

    @Test
    void anEvictionIsConfirmedByTypingTheSequenceAndSentInTheOperatorsName() throws Exception {
        assertThat(mvc.perform(get("/admin/dead-letters/cases/sequences/c-1/evict").with(user("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Evict the dead letters of c-1 from cases?", "To confirm, type c-1");
        mvc.perform(post("/admin/dead-letters/cases/sequences/c-1/evict").param("confirmation", "c-2").with(csrf())
                .with(user("ADMIN"))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/dead-letters/cases/sequences/c-1/evict").with(csrf()).with(user("ADMIN")))
                .andExpect(status().isBadRequest());
        verify(queries, never()).query(any(EvictDeadLetters.class), any(ResponseType.class));

        when(queries.query(any(EvictDeadLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new DeadLetterEvictionView("cases", "c-1", 2)));
        mvc.perform(post("/admin/dead-letters/cases/sequences/c-1/evict").param("confirmation", "c-1").with(csrf())
                        .with(user("ADMIN")))
                .andExpect(redirectedUrl("/admin/dead-letters"))
                .andExpect(flash().attribute("doneKey", "admin.deadLetters.evicted"));

        ArgumentCaptor<EvictDeadLetters> sent = ArgumentCaptor.forClass(EvictDeadLetters.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue().group()).isEqualTo("cases");
        assertThat(sent.getValue().sequenceId()).isEqualTo("c-1");
        assertThat(sent.getValue().actor().name()).isEqualTo("admin");
    }

    @Test
    void anEvictionOfASequenceGoneMeanwhileIsA404InWords() throws Exception {
        when(queries.query(any(EvictDeadLetters.class), any(ResponseType.class))).thenReturn(CompletableFuture.failedFuture(
                new QueryExecutionException("refused", null, new ErrorDetail(ErrorCode.DEAD_LETTER_SEQUENCE_NOT_FOUND,
                        ErrorCode.DEAD_LETTER_SEQUENCE_NOT_FOUND.sentence("cases", "c-1")))));

        String page = mvc.perform(post("/admin/dead-letters/cases/sequences/c-1/evict").param("confirmation", "c-1")
                .with(csrf()).with(user("ADMIN"))).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("The read model cases has no dead letters for c-1 (any more).");
    }

    private static RequestPostProcessor user(String role) {
        return SecurityMockMvcRequestPostProcessors.user(role.toLowerCase()).roles(role);
    }
}
