package uk.co.welzo.klachten.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeEscalation;
import uk.co.welzo.klachten.api.complaint.command.AssignHandler;
import uk.co.welzo.klachten.api.complaint.command.EscalateComplaint;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.ExpectedVersion;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.command.RecordDepartmentAnswer;
import uk.co.welzo.klachten.api.complaint.command.RecordExternalReferral;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.command.WithdrawComplaint;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.FindComplaintByReference;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.FindNotices;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.api.search.ComplaintSearchHit;
import uk.co.welzo.klachten.api.search.ComplaintSearchResults;
import uk.co.welzo.klachten.api.search.SearchComplaints;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** The console's detail: who may see it, what the queue asks, what a case page offers, and how refusals read. */
@SpringBootTest(classes = PagesTestApplication.class, properties = {
        "klachten.web.managers.manager.name=Morgan Price", "klachten.web.managers.manager.department=Warehouse"})
@AutoConfigureMockMvc
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void queueAndClocks() {
        when(queries.query(any(uk.co.welzo.klachten.api.audit.RecordCaseRead.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Boolean.TRUE)); // R8.2: every case page read is logged
        when(queries.query(any(FindWorkQueue.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.completedFuture(new WorkQueuePage(List.of(ConsoleFixtures.row(true)), 0, 20, 1)));
        when(queries.query(any(FindSlaClocks.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));
        when(queries.query(any(FindLetters.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of()));
        when(queries.query(any(FindNotices.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of()));
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theQueueShowsTheSignedInPersonsLatestNotices_15() throws Exception {
        when(queries.query(any(FindNotices.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                List.of(new OutboxItem("c-1:BREACH-HANDLER:e-1", "c-1", "7KQ-M2X-D5R", null, "BREACH", "agent", "HELD", 0,
                        Instant.parse("2027-01-05T10:00:00Z"), Instant.parse("2027-01-05T10:00:00Z"), null, null, null,
                        null))));
        String page = mvc.perform(get("/console")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String notices = page.substring(page.indexOf("id=\"notices\""), page.indexOf("</section>", page.indexOf("id=\"notices\"")));
        assertThat(notices).contains("Notices for you", "Deadline missed", "Tue 5 Jan 2027, 10:00", "/console/cases/c-1",
                ">7KQ-M2X-D5R</a>");
        ArgumentCaptor<FindNotices> asked = ArgumentCaptor.forClass(FindNotices.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().user()).isEqualTo("agent");
    }

    private void caseIs(ComplaintStatus status) {
        when(queries.query(any(FindComplaint.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(ConsoleFixtures.view(status))));
    }

    @Test
    void r8_2_aCasePageReadIsInTheAccessLogBeforeItIsShown() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);

        mvc.perform(get("/console/cases/c-1").with(user("AGENT")).header("User-Agent", "Firefox"))
                .andExpect(status().isOk());

        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(queries, org.mockito.Mockito.atLeastOnce()).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).filteredOn(uk.co.welzo.klachten.api.audit.RecordCaseRead.class::isInstance)
                .singleElement().satisfies(read -> {
                    var entry = ((uk.co.welzo.klachten.api.audit.RecordCaseRead) read).entry();
                    assertThat(entry.complaintId()).isEqualTo("c-1");
                    assertThat(entry.endpoint()).isEqualTo("GET /console/cases/{complaintId}");
                    assertThat(entry.path()).isEqualTo("/console/cases/c-1");
                    assertThat(entry.userAgent()).isEqualTo("Firefox");
                });
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        mvc.perform(get("/console/cases/c-1")).andExpect(redirectedUrl("http://localhost/sign-in"));
        mvc.perform(get("/console/search")).andExpect(redirectedUrl("http://localhost/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANALYST", "AUDITOR", "ADMIN", "INTAKE"})
    void rolesOutsideTheProcedureGetTheReadable403(String role) throws Exception {
        for (String path : List.of("/console", "/console?review=true", "/console/cases/c-1", "/console/search",
                "/console/queue/stream")) {
            mvc.perform(get(path).with(user(role))).andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/access-denied"));
        }
        mvc.perform(get("/console").header("HX-Request", "true").with(user(role))).andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/c-1/note").param("note", "x").with(csrf()).with(user(role)))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
        verify(queries, never()).query(any(FindWorkQueue.class), any(ResponseType.class));
    }

    @Test
    void theQueueRowsAreForSignedInStaffOnly() throws Exception {
        mvc.perform(get("/console").header("HX-Request", "true")).andExpect(redirectedUrl("http://localhost/sign-in"));
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theLivePageGetsTheRowsCountAndPagingAloneForItsFiltersNeverCached() throws Exception {
        var response = mvc.perform(get("/console").header("HX-Request", "true").param("status", "RECEIVED")
                        .param("mine", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn().getResponse();
        String rows = response.getContentAsString().strip();
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().handler()).isEqualTo("agent");
        assertThat(asked.getValue().status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(rows).startsWith("<div id=\"queue-rows\">").endsWith("</div>")
                .contains("1 open complaint matches", "id=\"row-c-1\"", "/console/cases/c-1", "7KQ-M2X-D5R", "Overdue")
                .doesNotContain("<html", "<head", "<h1", "<form", "queue-changed", "console-nav", "<script", "<footer");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theQueueStreamSaysItIsListeningBeforeAnyChangeSoTheBrowserSeesItOpen() throws Exception {
        when(queries.subscriptionQuery(any(FindWorkQueue.class), any(ResponseType.class), any(ResponseType.class)))
                .thenReturn(new DefaultSubscriptionQueryResult<>(Mono.empty(), Flux.never(), () -> true));
        var stream = mvc.perform(get("/console/queue/stream")).andExpect(request().asyncStarted()).andReturn();
        assertThat(stream.getResponse().getContentAsString()).startsWith(":listening");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theQueuePageHasItsRowsInTheRegionTheLiveScriptSwapsAndAPoliteStatus() throws Exception {
        String page = mvc.perform(get("/console")).andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<div id=\"queue-rows\">", "id=\"queue-updated\"",
                "role=\"status\" data-message=\"The queue was updated.\"", "/js/console-live.js");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theQueueAsksWithItsFiltersAndShowsDeadlinesInLondonTimeWithBadges() throws Exception {
        String page = mvc.perform(get("/console").param("status", "RECEIVED").param("mine", "true")
                        .param("dueBy", "2099-01-12").param("page", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().handler()).isEqualTo("agent");
        assertThat(asked.getValue().status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(asked.getValue().dueBefore()).hasToString("2099-01-13T00:00:00Z");
        assertThat(page).contains("My cases", "/console/cases/c-1", "7KQ-M2X-D5R", "Mon 12 Jan 2099, 23:59",
                "working days left", "Overdue", "Not assigned", "data-stream=\"/console/queue/stream?status=RECEIVED");
    }

    @Test
    @WithMockUser(username = "head", roles = "HEAD_OF_CUSTOMER_SERVICE")
    void theHeadHasAViewOfTheEscalationsWaitingForAcknowledgement() throws Exception {
        String queue = mvc.perform(get("/console")).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("href=\"/console?status=ESCALATED\"", "Escalations to acknowledge")
                .doesNotContain("nav-review");
        String page = mvc.perform(get("/console").param("status", "ESCALATED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries, org.mockito.Mockito.times(2)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(asked.getValue().handler()).isNull();
        assertThat(page).contains("<h1>Escalations waiting for your acknowledgement</h1>",
                "id=\"nav-escalated\" aria-current=\"page\"");
    }

    @Test
    @WithMockUser(username = "manager", roles = "DEPARTMENT_MANAGER")
    void aManagerHasAViewOfTheEscalatedCasesInReviewOfTheirOwnDepartment_R4_2() throws Exception {
        String queue = mvc.perform(get("/console")).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("href=\"/console?review=true\"", "Escalated cases in review");
        String page = mvc.perform(get("/console").param("review", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries, org.mockito.Mockito.times(2)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
        assertThat(asked.getValue().reviewDepartment()).isEqualTo("Warehouse");
        assertThat(asked.getValue().reviewManagerUser()).as("forwarded to them by name").isEqualTo("manager");
        assertThat(asked.getAllValues().get(0).reviewDepartment()).isNull(); // the plain queue is not narrowed
        assertThat(asked.getAllValues().get(0).reviewManagerUser()).isNull();
        assertThat(page).contains("<h1>Escalated cases in review</h1>", "id=\"nav-review\" aria-current=\"page\"",
                        "older ones forwarded to the Warehouse department as a whole", "name=\"review\" value=\"true\"",
                        "data-stream=\"/console/queue/stream?review=true\"")
                .doesNotContain("nav-escalated");
    }

    @Test
    @WithMockUser(username = "manager2", roles = "DEPARTMENT_MANAGER")
    void aManagerWhoseDepartmentIsNotKnownSeesTheEscalationsForwardedToThemByName_R4_2() throws Exception {
        String page = mvc.perform(get("/console").param("review", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().reviewManagerUser()).isEqualTo("manager2");
        assertThat(asked.getValue().reviewDepartment()).as("never every department's cases").isNull();
        assertThat(page).contains("<h1>Escalated cases in review</h1>", "Escalations forwarded to you, for your review");
    }

    @Test
    void aTokensDepartmentClaimIsTheManagersDepartment() throws Exception {
        mvc.perform(get("/console").param("review", "true").with(SecurityMockMvcRequestPostProcessors.jwt()
                        .jwt(token -> token.subject("dana").claim("department", " Pharmacy "))
                        .authorities(new SimpleGrantedAuthority("ROLE_DEPARTMENT_MANAGER"))))
                .andExpect(status().isOk());
        ArgumentCaptor<FindWorkQueue> asked = ArgumentCaptor.forClass(FindWorkQueue.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().reviewDepartment()).isEqualTo("Pharmacy");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anAgentHasNeitherStage2View() throws Exception {
        String page = mvc.perform(get("/console").param("status", "ESCALATED").param("overdue", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Work queue</h1>").doesNotContain("nav-escalated", "nav-review");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theCasePageEscapesEveryTextAndShowsTheTimelineTexts() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        String page = mvc.perform(get("/console/cases/c-1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;", "Ann &lt;b&gt;Example",
                "Was it packed?", "Extended", "15 Dec 2098", "020 7946 0000");
        assertThat(page).doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anErasedCaseSaysWhenAndWhyAndShowsTheMarkerAsPlainText_R8_2() throws Exception {
        when(queries.query(any(FindComplaint.class), any(ResponseType.class))).thenReturn(CompletableFuture
                .completedFuture(Optional.of(ConsoleFixtures.erased(ComplaintStatus.UNDER_INVESTIGATION))));
        String page = mvc.perform(get("/console/cases/c-1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"erased\"",
                "Personal data erased on Monday 11 January 2027 (consent withdrawn).", "[personal data erased]");
        assertThat(page).doesNotContain("Ann &lt;b&gt;Example", "ann@example.org", "mailto:", "tel:");
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        assertThat(mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString())
                .as("no notice on a case never erased").doesNotContain("id=\"erased\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aFirstDeadlineAtLondonMidnightReadsAsTheEndOfTheDayBefore() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        String page = mvc.perform(get("/console/cases/c-1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // stored as the first moment it is late, 2098-12-16T00:00Z: shown as the last day to meet it, like "due now"
        assertThat(page).contains("end of Mon 15 Dec 2098").doesNotContain("Tue 16 Dec 2098, 00:00");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aReceivedComplaintOffersAcknowledgementButNoResolution() throws Exception {
        caseIs(ComplaintStatus.RECEIVED);
        String page = mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"acknowledge\"", "id=\"note\"", "id=\"withdraw\"")
                .doesNotContain("id=\"resolve\"", "id=\"escalate\"", "id=\"acknowledge-escalation\"", "id=\"close\"");
    }

    @Test
    @WithMockUser(username = "manager", roles = "DEPARTMENT_MANAGER")
    void aManagerMayResolveStageTwoWithSignpostingButNotCloseOrWithdraw() throws Exception {
        caseIs(ComplaintStatus.UNDER_REVIEW);
        String page = mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"resolve\"", "resolve-customerSignposted", "Give the final response")
                .doesNotContain("id=\"close\"", "id=\"withdraw\"", "id=\"assign\"", "id=\"acknowledge-escalation\"");
    }

    @Test
    @WithMockUser(username = "head", roles = "HEAD_OF_CUSTOMER_SERVICE")
    void onlyTheHeadIsOfferedTheEscalationsAcknowledgementWithTheConfiguredManagers() throws Exception {
        caseIs(ComplaintStatus.ESCALATED);
        String page = mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"acknowledge-escalation\"", "<option value=\"manager\">Morgan Price — Warehouse</option>")
                .doesNotContain("id=\"resolve\"", "acknowledge-escalation-managerName");
    }

    @Test
    @WithMockUser(username = "head", roles = "HEAD_OF_CUSTOMER_SERVICE")
    void theHeadForwardsAnEscalationToTheChosenManagerAndTheirDepartment_R4_2() throws Exception {
        caseIs(ComplaintStatus.ESCALATED);
        mvc.perform(post("/console/cases/c-1/acknowledge-escalation").param("manager", "manager").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1"));
        ArgumentCaptor<AcknowledgeEscalation> sent = ArgumentCaptor.forClass(AcknowledgeEscalation.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().departmentManager())
                .isEqualTo(new DepartmentManager("manager", "Morgan Price", "Warehouse"));
        assertThat(sent.getValue().actorRoles()).containsExactly(Role.HEAD_OF_CUSTOMER_SERVICE);

        String page = mvc.perform(post("/console/cases/c-1/acknowledge-escalation").param("manager", "nobody")
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"acknowledge-escalation-manager-error\"");
        verify(commands).sendAndWait(any()); // only the first
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anAgentMayNotAcknowledgeAnEscalationEvenBySendingTheForm() throws Exception {
        mvc.perform(post("/console/cases/c-1/acknowledge-escalation").param("managerName", "M")
                .param("department", "Warehouse").with(csrf())).andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anActionSendsItsCommandAsTheSignedInPersonAndRedirectsWithANote() throws Exception {
        caseIs(ComplaintStatus.RECEIVED);
        var result = mvc.perform(post("/console/cases/c-1/acknowledge").param("channel", "EMAIL").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1")).andReturn();
        ArgumentCaptor<AcknowledgeComplaint> sent = ArgumentCaptor.forClass(AcknowledgeComplaint.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().actor().name()).isEqualTo("agent");
        assertThat(sent.getValue().complaintId().value()).isEqualTo("c-1");
        assertThat(result.getFlashMap().get("done")).isEqualTo("action.acknowledge.done");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void everyFormCarriesTheVersionItShowedAndTheActionSendsItAsTheExpectedVersion() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        String page = mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString();
        assertThat(page.split("name=\"version\" value=\"1\"", -1)).hasSize(page.split("class=\"action\"", -1).length);
        mvc.perform(post("/console/cases/c-1/assign").param("handler", "agent").param("version", "1").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1?after=1"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        CommandMessage<?> message = (CommandMessage<?>) sent.getValue();
        assertThat(message.getPayload()).isInstanceOf(AssignHandler.class);
        assertThat(message.getMetaData()).containsEntry(ExpectedVersion.KEY, 1L);
    }

    @Test
    @WithMockUser(username = "agent2", roles = "AGENT")
    void aCaseChangedSinceThePageWasShownComesBackWithWhatChangedAndWhatWasTyped() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("changed", null,
                new ErrorDetail(ErrorCode.COMPLAINT_CHANGED, "complaint c-1 has changed since version 0: it is at version 1",
                        null, List.of(new TimelineEntry(1, "InvestigationNoteRecorded", "Investigation note recorded",
                        java.time.Instant.parse("2026-12-02T09:00:00Z"), java.time.Instant.parse("2026-12-02T09:00:00Z"),
                        "agent", "Called the <customer>")))));
        String page = mvc.perform(post("/console/cases/c-1/assign").param("handler", "dave.smith")
                        .param("version", "0").with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This case changed while you were working on it", "Investigation note recorded",
                "Called the &lt;customer&gt;", "Wed 2 Dec 2026, 09:00", "value=\"dave.smith\"",
                "name=\"version\" value=\"1\"");
        assertThat(page).doesNotContain("id=\"refusal\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aFormWithoutItsCsrfTokenSendsNothing() throws Exception {
        mvc.perform(post("/console/cases/c-1/note").param("note", "x")).andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anEmptyRequiredFieldIsShownAtItsFieldAndNothingIsSent() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        String page = mvc.perform(post("/console/cases/c-1/note").param("note", "  ").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"note-note-error\"", "aria-describedby=\"note-note-error\"", "href=\"#note-note\"");
        verify(commands, never()).sendAndWait(any(RecordInvestigationNote.class));
    }

    @Test
    @WithMockUser(username = "manager", roles = "DEPARTMENT_MANAGER")
    void aBrokenRuleComesBackAsABannerNamingItAndKeepsWhatWasTyped() throws Exception {
        caseIs(ComplaintStatus.UNDER_REVIEW);
        when(commands.sendAndWait(any(ResolveComplaint.class))).thenThrow(new CommandExecutionException("refused", null,
                new ErrorDetail(ErrorCode.SIGNPOSTING_REQUIRED, "a stage-2 resolution must signpost the customer (R4.5)")));
        String page = mvc.perform(post("/console/cases/c-1/resolve").param("outcome", "UPHELD")
                        .param("remedy", "A <new> monitor").param("rootCause", "packing")
                        .param("findingsCommunicationId", "f-1").param("findingsChannel", "PHONE")
                        .param("findingsSummary", "Told the review").param("reviewSummary", "Reviewed").with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This step was not taken", "must signpost the customer (R4.5)", "A &lt;new&gt; monitor");
    }

    @Test
    @WithMockUser(username = "manager", roles = "DEPARTMENT_MANAGER")
    void resolvingRecordsHowTheFindingsWereToldThenResolvesNamingItWithTheReview_R3_3_R4_2() throws Exception {
        caseIs(ComplaintStatus.UNDER_REVIEW);
        String page = mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("resolve-findingsChannel", "resolve-findingsSummary", "resolve-reviewSummary",
                "resolve-reviewFurtherAction");
        mvc.perform(post("/console/cases/c-1/resolve").param("version", "7").param("outcome", "UPHELD")
                        .param("remedy", "Postage refunded").param("rootCause", "packing").param("customerSignposted", "true")
                        .param("findingsCommunicationId", "f-1").param("findingsChannel", "PHONE")
                        .param("findingsSummary", "Called: the review upholds it").param("reviewSummary", "Stage 1 was right")
                        .param("reviewFurtherAction", " ").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1?after=7"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, org.mockito.Mockito.times(2)).sendAndWait(sent.capture());
        CommandMessage<?> told = (CommandMessage<?>) sent.getAllValues().get(0);
        assertThat(told.getMetaData()).containsEntry(ExpectedVersion.KEY, 7L);
        assertThat(told.getPayload()).isInstanceOfSatisfying(RecordCustomerCommunication.class, call -> {
            assertThat(call.communicationId().value()).isEqualTo("f-1");
            assertThat(call.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(call.channel()).isEqualTo(CommunicationChannel.PHONE);
        });
        assertThat(sent.getAllValues().get(1)).isInstanceOfSatisfying(ResolveComplaint.class, resolution -> {
            assertThat(resolution.findingsCommunicatedIn().value()).isEqualTo("f-1");
            assertThat(resolution.review().summary()).isEqualTo("Stage 1 was right");
            assertThat(resolution.actorRoles()).containsExactly(Role.DEPARTMENT_MANAGER);
        });
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void findingsToldByLetterByHandAreNotAFindingsChannelAndNothingIsSent_R3_3() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        mvc.perform(post("/console/cases/c-1/resolve").param("outcome", "UPHELD").param("remedy", "Refund")
                        .param("rootCause", "packing").param("findingsCommunicationId", "f-1")
                        .param("findingsChannel", "LETTER").param("findingsSummary", "Wrote").with(csrf()))
                .andExpect(status().isBadRequest());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anAgentIsNotOfferedTheStageTwoResolution_R4_2() throws Exception {
        caseIs(ComplaintStatus.UNDER_REVIEW);
        String page = mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"resolve\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aRefusalNamesTheComplaintByItsReferenceNotItsInternalId() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new ErrorDetail(ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED, ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED
                        .sentence(ConsoleFixtures.ID))));
        String page = mvc.perform(post("/console/cases/c-1/escalate").param("reason", "disputed").with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("id=\"refusal\"");
        String banner = page.substring(start, page.indexOf("</div>", start));
        assertThat(banner).contains("complaint 7KQ-M2X-D5R has not been acknowledged yet")
                .doesNotContain(ConsoleFixtures.ID);
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void badInputNamingAFieldIsShownAtThatField() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new ErrorDetail(ErrorCode.EXTENSION_TOO_FAR_AHEAD, "the new deadline is more than a year ahead", "newDeadline")));
        String page = mvc.perform(post("/console/cases/c-1/extend-deadline").param("newDeadline", "2099-01-01")
                        .param("reason", "lab").param("communicationId", "m-1").param("channel", "EMAIL")
                        .param("summary", "we wait for the lab").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"extend-deadline-newDeadline-error\"", "more than a year ahead");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void theFormsOfOfflineStepsAskWhenTheyHappened() throws Exception {
        caseIs(ComplaintStatus.RECEIVED);
        assertThat(mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString())
                .contains("id=\"acknowledge-occurredAt\"", "id=\"withdraw-occurredAt\"", "id=\"refer-occurredAt\"",
                        "When (London time; leave empty for now)")
                .doesNotContain("id=\"assign-occurredAt\"", "id=\"note-occurredAt\"");
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        assertThat(mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString())
                .contains("id=\"record-answer-occurredAt\"", "id=\"communicate-occurredAt\"");
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        assertThat(mvc.perform(get("/console/cases/c-1")).andReturn().getResponse().getContentAsString())
                .contains("id=\"escalate-occurredAt\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aTimeTypedInLondonTimeIsSentAsItsInstantInSummerAndWinter() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        mvc.perform(post("/console/cases/c-1/escalate").param("reason", "asked by phone")
                .param("occurredAt", "2026-07-01T10:00").with(csrf())).andExpect(redirectedUrl("/console/cases/c-1"));
        mvc.perform(post("/console/cases/c-1/acknowledge").param("channel", "LETTER")
                .param("occurredAt", "2026-01-15T10:00").with(csrf())).andExpect(redirectedUrl("/console/cases/c-1"));
        mvc.perform(post("/console/cases/c-1/record-answer").param("inquiryId", "q-1").param("answer", "packed well")
                .param("occurredAt", "2026-10-25T01:30").with(csrf())).andExpect(redirectedUrl("/console/cases/c-1"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, org.mockito.Mockito.times(3)).sendAndWait(sent.capture());
        assertThat(((EscalateComplaint) sent.getAllValues().get(0)).occurredAt())
                .isEqualTo("2026-07-01T09:00:00Z"); // BST
        assertThat(((AcknowledgeComplaint) sent.getAllValues().get(1)).occurredAt())
                .isEqualTo("2026-01-15T10:00:00Z"); // GMT
        assertThat(((RecordDepartmentAnswer) sent.getAllValues().get(2)).occurredAt())
                .isEqualTo("2026-10-25T00:30:00Z"); // the hour the clocks go back: the first, BST, 01:30
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anEmptyTimeSendsNoneSoTheStepHappenedNowOnTheCommandSidesClock() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        mvc.perform(post("/console/cases/c-1/withdraw").param("reason", "").param("occurredAt", "").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1"));
        mvc.perform(post("/console/cases/c-1/refer").param("body", "Ombudsman").param("occurredAt", " ").with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, org.mockito.Mockito.times(2)).sendAndWait(sent.capture());
        assertThat(((WithdrawComplaint) sent.getAllValues().get(0)).occurredAt()).isNull();
        assertThat(((RecordExternalReferral) sent.getAllValues().get(1)).occurredAt()).isNull();
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anUnreadableTimeIsShownAtItsFieldKeptAndNothingIsSent() throws Exception {
        caseIs(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        String page = mvc.perform(post("/console/cases/c-1/escalate").param("reason", "asked by phone")
                        .param("occurredAt", "yesterday at ten").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"escalate-occurredAt-error\"", "Enter a date and time",
                "aria-describedby=\"escalate-occurredAt-error\"", "href=\"#escalate-occurredAt\"",
                "value=\"yesterday at ten\"");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aTimeTheCommandSideRefusesIsShownAtItsFieldAndKept() throws Exception {
        caseIs(ComplaintStatus.UNDER_INVESTIGATION);
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new ErrorDetail(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT, ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT
                        .sentence("2026-11-30T10:00:00Z", "2026-12-02T09:00:00Z"), "occurredAt")));
        String page = mvc.perform(post("/console/cases/c-1/withdraw").param("reason", "by phone")
                        .param("occurredAt", "2026-11-30T10:00").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"withdraw-occurredAt-error\"", "before the complaint&#39;s previous step",
                "aria-describedby=\"withdraw-occurredAt-error\"", "value=\"2026-11-30T10:00\"");
        assertThat(page).doesNotContain("id=\"refusal\"");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aTypedReferenceGoesStraightToItsCaseAndOtherTextIsSearched() throws Exception {
        when(queries.query(any(FindComplaintByReference.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(ConsoleFixtures.view(ComplaintStatus.RECEIVED))));
        String typed = ReferenceNumber.random(new java.util.Random(1)).value().replace("-", " ").toLowerCase();
        mvc.perform(post("/console/search").param("text", typed).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/c-1"));

        when(queries.query(any(SearchComplaints.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.completedFuture(new ComplaintSearchResults(List.of(new ComplaintSearchHit("c-1",
                        ConsoleFixtures.REFERENCE, "Ann Example", "ann@example.org", "+442079460000", null, null,
                        ConsoleFixtures.DUE, List.of("phone"))), false)));
        String page = mvc.perform(post("/console/search").param("text", "020 7946 0000").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/console/cases/c-1", "Ann Example", "phone");
        ArgumentCaptor<SearchComplaints> asked = ArgumentCaptor.forClass(SearchComplaints.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().text()).isEqualTo("020 7946 0000");
    }

    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void anUnknownComplaintIsA404Page() throws Exception {
        when(queries.query(any(FindComplaint.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.<ComplaintView>empty()));
        mvc.perform(get("/console/cases/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/console/cases/%2e%2e")).andExpect(status().is4xxClientError());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor user(String role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(role.toLowerCase()).roles(role);
    }
}
