package uk.co.welzo.klachten.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.command.ExpectedVersion;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.FindOutbox;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.correspondence.PreviewLetter;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.web.PagesTestApplication;

/**
 * Issue #15 in the console: a case's letters and notices and where each stands, the letter staff write (preview and
 * send, refusals), and the head's outbox page. The gateways are given answers as the sides would give them.
 */
@SpringBootTest(classes = PagesTestApplication.class)
@AutoConfigureMockMvc
class LetterPagesTest {

    static final Instant WRITTEN = Instant.parse("2027-01-05T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void noClocksAndNoLetters() {
        when(queries.query(any(uk.co.welzo.klachten.api.audit.RecordCaseRead.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Boolean.TRUE)); // R8.2: every case page read is logged
        when(queries.query(any(FindSlaClocks.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));
        lettersAre();
    }

    private void caseIs(ComplaintStatus status) {
        when(queries.query(any(FindComplaint.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(ConsoleFixtures.view(status))));
    }

    private void lettersAre(OutboxItem... items) {
        when(queries.query(any(FindLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(items)));
    }

    static OutboxItem letter(LetterKind kind, String state, int attempts, Instant next, String error, Instant sent) {
        return new OutboxItem(ConsoleFixtures.ID + ":" + kind + ":" + state, ConsoleFixtures.ID, "7KQ-M2X-D5R", kind, null, null, state,
                attempts, WRITTEN, next, error, null, null, sent);
    }

    static OutboxItem notice(String notice, String recipient, String state) {
        return new OutboxItem(ConsoleFixtures.ID + ":" + notice, ConsoleFixtures.ID, null, null, notice, recipient, state, 0,
                WRITTEN, WRITTEN, null, null, null, null);
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theLettersSectionSaysWhereEachLetterAndNoticeStandsInLondonTime() throws Exception {
        caseIs(ComplaintStatus.CLOSED);
        lettersAre(letter(LetterKind.ACKNOWLEDGEMENT, "SENT", 1, null, null, Instant.parse("2027-01-05T10:00:00Z")),
                letter(LetterKind.DEADLINE_EXTENSION, "HELD", 0, WRITTEN, null, null),
                letter(LetterKind.STAGE_ONE_OUTCOME, "NEEDS_POST", 0, WRITTEN, null, null),
                letter(LetterKind.ESCALATION_ACKNOWLEDGEMENT, "PENDING", 2, Instant.parse("2027-07-01T09:30:00Z"),
                        "connection refused", null),
                letter(LetterKind.FINAL_RESPONSE, "PARKED", 8, null, "550 <mailbox> unavailable", null),
                letter(LetterKind.CLOSURE_CONFIRMATION, "PENDING", 0, WRITTEN, null, null),
                notice("BREACH", "head", "HELD"));
        String page = mvc.perform(get("/console/cases/c-1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Letters to the customer", "Acknowledgement", "Sent Tue 5 Jan 2027, 10:00",
                "Deadline extension", "Held: no mail server configured",
                "Stage-1 outcome", "Waiting for the post: no e-mail address",
                "Failed, will retry at Thu 1 Jul 2027, 10:30", // BST
                "Final response", "Parked: 550 &lt;mailbox&gt; unavailable",
                "Closure confirmed", "Waiting to be sent",
                "Notices to staff", "Deadline missed", "<td>head</td>");
        assertThat(page).doesNotContain("id=\"no-letters\"", "??", "form action=\"/console/cases/c-1/letter\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aCaseWithoutLettersSaysSo() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        assertThat(mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString())
                .contains("id=\"no-letters\"", "No letters yet").doesNotContain("id=\"letters\"", "id=\"notices\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anOutboxThatCannotBeAskedLeavesTheCasePageStanding() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        when(queries.query(any(FindLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("no handler")));
        assertThat(mvc.perform(get("/console/cases/c-1")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("The letters cannot be shown just now", "7KQ-M2X-D5R");
    }

    @Test
    @WithMockUser(username = "manager", roles = "DEPARTMENT_MANAGER")
    void theLetterFormIsOfferedOnlyWhenAStaffLetterFitsTheStatus() throws Exception {
        caseIs(ComplaintStatus.UNDER_REVIEW);
        assertThat(casePage()).doesNotContain("id=\"letter\"", "letter/preview");

        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        assertThat(casePage()).contains("id=\"letter\"", "name=\"kind\" value=\"STAGE_ONE_OUTCOME\"",
                        "id=\"letter-findings\"", "id=\"letter-remedy\"", "the remedy recorded with the resolution",
                        "formaction=\"/console/cases/c-1/letter/preview#letter-preview\"", "Send the letter",
                        "<option value=\"nl\">Nederlands</option>")
                .doesNotContain("id=\"letter-signposting\"");

        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_TWO);
        assertThat(casePage()).contains("name=\"kind\" value=\"FINAL_RESPONSE\"", "id=\"letter-signposting\"",
                "0808 223 1133", "https://www.citizensadvice.org.uk/consumer/");

        caseIs(ComplaintStatus.CLOSED);
        assertThat(casePage()).doesNotContain("id=\"letter\"");
    }

    private String casePage() throws Exception {
        return mvc.perform(get("/console/cases/c-1")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    @WithMockUser(username = "head", roles = "HEAD_OF_CUSTOMER_SERVICE") // the final response is the reviewer's or the head's, R4.2
    void thePreviewShowsTheLetterAsTextKeepsWhatWasTypedAndSendsNothing() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_TWO);
        when(queries.query(any(PreviewLetter.class), any(ResponseType.class))).thenReturn(CompletableFuture
                .completedFuture(Optional.of(new LetterPreview(LetterKind.FINAL_RESPONSE,
                        "Your complaint 7KQ-M2X-D5R: our final response", "Dear Ann <b>Example</b>,\n\nWe found a crack.",
                        "<p>Dear Ann &lt;b&gt;Example&lt;/b&gt;</p>", "final-response/1", "nl"))));
        String page = mvc.perform(post("/console/cases/c-1/letter/preview").param("version", "0")
                        .param("kind", "FINAL_RESPONSE").param("communicationId", "m-7")
                        .param("findings", "We found a <crack>.").param("remedy", "").param("signposting", "Citizens Advice")
                        .param("language", "nl").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Preview: nothing has been sent", "Your complaint 7KQ-M2X-D5R: our final response",
                "<pre class=\"letter-preview__text\" id=\"letter-preview-text\">Dear Ann &lt;b&gt;Example&lt;/b&gt;,",
                "final-response/1 (nl)", "We found a &lt;crack&gt;.", "name=\"communicationId\" value=\"m-7\"",
                "name=\"version\" value=\"0\"", // the version the form was shown with, not the one read now (1)
                "<option value=\"nl\" selected=\"selected\">");
        assertThat(page).doesNotContain("<iframe", "<b>Example");
        ArgumentCaptor<PreviewLetter> asked = ArgumentCaptor.forClass(PreviewLetter.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new PreviewLetter(uk.co.welzo.klachten.api.ComplaintId.of("c-1"),
                LetterKind.FINAL_RESPONSE, "We found a <crack>.", null, null, "Citizens Advice", "nl"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void sendingDispatchesSendLetterAsTheSignedInPersonWithTheExpectedVersionAndSaysSo() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        var result = mvc.perform(post("/console/cases/c-1/letter").param("version", "4")
                        .param("kind", "STAGE_ONE_OUTCOME").param("communicationId", "m-8")
                        .param("findings", "  The foam insert was missing.  ").param("remedy", "A new monitor.")
                        .param("signposting", "ignored for a stage-1 letter").param("language", "en").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1?after=4")).andReturn();
        assertThat(result.getFlashMap().get("done")).isEqualTo("action.letter.done");
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        CommandMessage<?> message = (CommandMessage<?>) sent.getValue();
        assertThat(message.getMetaData()).containsEntry(ExpectedVersion.KEY, 4L);
        assertThat(message.getPayload()).isEqualTo(new SendLetter(uk.co.welzo.klachten.api.ComplaintId.of("c-1"),
                uk.co.welzo.klachten.api.complaint.CommunicationId.of("m-8"), LetterKind.STAGE_ONE_OUTCOME,
                "The foam insert was missing.", "A new monitor.", null, "en",
                new uk.co.welzo.klachten.api.Actor("agent"), java.util.Set.of(uk.co.welzo.klachten.api.Role.AGENT)));
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void emptyFindingsAreShownAtTheirFieldAndNothingIsSentOrPreviewed() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        for (String path : List.of("/console/cases/c-1/letter", "/console/cases/c-1/letter/preview")) {
            String page = mvc.perform(post(path).param("kind", "STAGE_ONE_OUTCOME").param("communicationId", "m-9")
                            .param("findings", " ").param("remedy", "kept").with(csrf()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"letter-findings-error\"", "href=\"#letter-findings\"", ">kept</textarea>");
        }
        verify(commands, never()).sendAndWait(any());
        verify(queries, never()).query(any(PreviewLetter.class), any(ResponseType.class));
    }

    @Test
    @WithMockUser(username = "manager", roles = "DEPARTMENT_MANAGER")
    void aPreviewRefusedForMissingSignpostingIsShownAtThatField_R4_5() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_TWO);
        when(queries.query(any(PreviewLetter.class), any(ResponseType.class))).thenReturn(CompletableFuture.failedFuture(
                new QueryExecutionException("refused", null, new ErrorDetail(ErrorCode.LETTER_SIGNPOSTING_MISSING,
                        ErrorCode.LETTER_SIGNPOSTING_MISSING.sentence("c-1"), "signposting"))));
        String page = mvc.perform(post("/console/cases/c-1/letter/preview").param("kind", "FINAL_RESPONSE")
                        .param("communicationId", "m-1").param("findings", "found").param("signposting", "")
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"letter-signposting-error\"", "the final response to complaint 7KQ-M2X-D5R must "
                + "signpost", "href=\"#letter-signposting\"").doesNotContain("id=\"letter-preview\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aLetterThatNoLongerFitsIsABannerOnPreviewAndOnSend() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        ErrorDetail notApplicable = new ErrorDetail(ErrorCode.LETTER_NOT_APPLICABLE,
                ErrorCode.LETTER_NOT_APPLICABLE.sentence("STAGE_ONE_OUTCOME", "c-1", "ESCALATED"));
        when(queries.query(any(PreviewLetter.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.failedFuture(new QueryExecutionException("refused", null, notApplicable)));
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null, notApplicable));
        for (String path : List.of("/console/cases/c-1/letter/preview", "/console/cases/c-1/letter")) {
            String page = mvc.perform(post(path).param("kind", "STAGE_ONE_OUTCOME").param("communicationId", "m-2")
                            .param("findings", "What we found").with(csrf()))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            int start = page.indexOf("id=\"refusal\"");
            assertThat(start).as(path).isPositive();
            assertThat(page.substring(start, page.indexOf("</div>", start)))
                    .contains("the STAGE_ONE_OUTCOME letter does not fit complaint 7KQ-M2X-D5R while it is ESCALATED");
            assertThat(page).contains(">What we found</textarea>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANALYST", "AUDITOR", "ADMIN", "INTAKE"})
    void rolesOutsideTheProcedureMayNeitherPreviewNorSendNorSeeTheOutbox(String role) throws Exception {
        mvc.perform(get("/console/outbox").with(user(role))).andExpect(status().isForbidden());
        for (String path : List.of("/console/cases/c-1/letter/preview", "/console/cases/c-1/letter")) {
            mvc.perform(post(path).param("kind", "STAGE_ONE_OUTCOME").param("communicationId", "m-3")
                    .param("findings", "x").with(csrf()).with(user(role))).andExpect(status().isForbidden());
        }
        verify(commands, never()).sendAndWait(any());
        verify(queries, never()).query(any(PreviewLetter.class), any(ResponseType.class));
        verify(queries, never()).query(any(FindOutbox.class), any(ResponseType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "DEPARTMENT_MANAGER"})
    void theOutboxIsTheHeadsOnlyInTheConsole(String role) throws Exception {
        caseIs(ComplaintStatus.RECEIVED);
        mvc.perform(get("/console/outbox").with(user(role))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/console/cases/c-1").with(user(role))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("nav-outbox", "nav-insights");
    }

    @Test
    @WithMockUser(username = "head", roles = "HEAD_OF_CUSTOMER_SERVICE")
    void theHeadsOutboxFiltersByStateAndLinksEachItemToItsCase() throws Exception {
        when(queries.query(any(FindOutbox.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                List.of(letter(LetterKind.ACKNOWLEDGEMENT, "PARKED", 8, null, "550 mailbox <unavailable>", null),
                        notice("ASSIGNED", "bob", "PARKED"))));
        String page = mvc.perform(get("/console/outbox").param("state", "PARKED")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Outbox</h1>", "id=\"nav-outbox\" aria-current=\"page\"",
                "href=\"/insights\" id=\"nav-insights\"",
                "<option value=\"PARKED\" selected=\"selected\">", "2 items, oldest first",
                "href=\"/console/cases/c-1\"", "Acknowledgement", "The customer", "Case assigned", "<td>bob</td>",
                "Parked: 550 mailbox &lt;unavailable&gt;", "Tue 5 Jan 2027, 09:00",
                ">7KQ-M2X-D5R</a>", ">c-1</a>"); // the reference once the sender noted it, else the id
        mvc.perform(get("/console/outbox").param("state", "nonsense")).andExpect(status().isOk());
        mvc.perform(get("/console/outbox")).andExpect(status().isOk());
        ArgumentCaptor<FindOutbox> asked = ArgumentCaptor.forClass(FindOutbox.class);
        verify(queries, org.mockito.Mockito.times(3)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).containsExactly(new FindOutbox("PARKED", OutboxPageController.LIMIT),
                new FindOutbox(null, OutboxPageController.LIMIT), new FindOutbox(null, OutboxPageController.LIMIT));
    }

    @Test
    @WithMockUser(username = "head", roles = "HEAD_OF_CUSTOMER_SERVICE")
    void anEmptyOutboxSaysSo() throws Exception {
        when(queries.query(any(FindOutbox.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of()));
        assertThat(mvc.perform(get("/console/outbox").param("state", "HELD")).andReturn().getResponse()
                .getContentAsString()).contains("id=\"outbox-empty\"").doesNotContain("id=\"outbox\"");
    }

    private static RequestPostProcessor user(String role) {
        return SecurityMockMvcRequestPostProcessors.user(role.toLowerCase()).roles(role);
    }
}
