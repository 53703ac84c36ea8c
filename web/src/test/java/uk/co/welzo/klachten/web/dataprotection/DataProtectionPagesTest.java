package uk.co.welzo.klachten.web.dataprotection;

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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.complaint.command.PlaceLegalHold;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.api.dataprotection.subject.ExportSubjectData;
import uk.co.welzo.klachten.api.dataprotection.subject.FindSubjectComplaints;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectAccessExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintSummary;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;
import uk.co.welzo.klachten.web.PagesTestApplication;

/**
 * R8.2 on the data-protection officer's screens: a person's complaints found by their identifiers (sent in the body,
 * never the URL), everything held about them, and per complaint erasure (confirmed, with a ground and a requester) and
 * legal holds; every other role refused. The gateways are given answers as the sides would give them.
 */
@SpringBootTest(classes = PagesTestApplication.class)
@AutoConfigureMockMvc
class DataProtectionPagesTest {

    static final Instant RECEIVED = Instant.parse("2027-01-05T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void aClosedComplaint() {
        ComplaintView view = new ComplaintView("c-1", "WZ-2027-000001", ComplaintStatus.CLOSED, Stage.ONE,
                Channel.EMAIL, Category.PRODUCT_DEFECT, new Complainant("Ada Quill", "ada@example.org", null, null),
                "The lid was broken", null, null, RECEIVED, "agent", List.of(), List.of(), null, null, null, null,
                null, null, List.of(), List.of(), 7);
        when(queries.query(any(FindComplaint.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(view)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "HEAD_OF_CUSTOMER_SERVICE", "ANALYST", "AUDITOR", "ADMIN"})
    void r8_2_everyOtherRoleIsRefusedEveryScreenAndAction(String role) throws Exception {
        var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("someone").roles(role);
        mvc.perform(get("/data-protection").with(user)).andExpect(status().isForbidden());
        mvc.perform(get("/data-protection/complaints/c-1").with(user)).andExpect(status().isForbidden());
        mvc.perform(post("/data-protection/search").param("email", "ada@example.org").with(user).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/data-protection/export").param("email", "ada@example.org").with(user).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/data-protection/complaints/c-1/erasure").param("ground", "CONSENT_WITHDRAWN")
                        .param("requester", "DATA_SUBJECT").param("requestReference", "DP-1").param("confirm", "ERASE")
                        .with(user).with(csrf()))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_findsAPersonsComplaintsByWhatIsSentInTheBody() throws Exception {
        when(queries.query(any(FindSubjectComplaints.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.completedFuture(List.of(new SubjectComplaintSummary("c-1", "WZ-2027-000001",
                        ComplaintStatus.CLOSED, RECEIVED, null, List.of("email")))));

        String page = mvc.perform(post("/data-protection/search").param("email", " ada@example.org ").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        ArgumentCaptor<FindSubjectComplaints> asked = ArgumentCaptor.forClass(FindSubjectComplaints.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().person()).isEqualTo(new SubjectIdentifiers("ada@example.org", null, null));
        assertThat(page).contains("id=\"dp-found\"", "WZ-2027-000001", "/data-protection/complaints/c-1");
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_aSearchNamingNobodyIsExplainedNotSent() throws Exception {
        String page = mvc.perform(post("/data-protection/search").param("email", " ").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"dp-nobody\"", "Give an e-mail address, a phone number or a name.");
        verify(queries, never()).query(any(FindSubjectComplaints.class), any(ResponseType.class));
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_theExportShowsEverythingHeldAndNamesTheOfficer() throws Exception {
        SubjectComplaintExport complaint = new SubjectComplaintExport("c-1", "WZ-2027-000001", ComplaintStatus.CLOSED,
                Category.PRODUCT_DEFECT, null, RECEIVED, null, null,
                new Complainant("Ada Quill", "ada@example.org", "07700 900123", null), "The lid was broken", "W-77",
                List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of());
        when(queries.query(any(ExportSubjectData.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.completedFuture(new SubjectAccessExport(RECEIVED, "dpo", List.of(complaint))));

        String page = mvc.perform(post("/data-protection/export").param("name", "Ada Quill").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        ArgumentCaptor<ExportSubjectData> asked = ArgumentCaptor.forClass(ExportSubjectData.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new ExportSubjectData(new SubjectIdentifiers(null, null, "Ada Quill"), "dpo"));
        assertThat(page).contains("Ada Quill", "ada@example.org", "07700 900123", "The lid was broken", "W-77",
                "recorded in the access log");
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_erasureIsConfirmedAndSentWithItsGroundAndRequester() throws Exception {
        mvc.perform(post("/data-protection/complaints/c-1/erasure").param("ground", "CONSENT_WITHDRAWN")
                        .param("requester", "DATA_SUBJECT").param("requestReference", "DP-2027-4")
                        .param("confirm", "ERASE").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/data-protection/complaints/c-1"));

        verify(commands).sendAndWait(new EraseComplainantData(ComplaintId.of("c-1"), ErasureGround.CONSENT_WITHDRAWN,
                Requester.DATA_SUBJECT, "DP-2027-4", new Actor("dpo"), java.util.Set.of(Role.DATA_PROTECTION_OFFICER)));
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_anUnconfirmedErasureIsNotSent() throws Exception {
        String page = mvc.perform(post("/data-protection/complaints/c-1/erasure").param("ground", "RETENTION_PERIOD_ENDED")
                        .param("requester", "DATA_SUBJECT").param("requestReference", "DP-2027-4")
                        .param("confirm", "erase").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"dp-confirm-error\"", "id=\"dp-ground-error\"", "DP-2027-4");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_anErasureUnderALegalHoldIsRefusedInWords() throws Exception {
        ErrorDetail held = new ErrorDetail(ErrorCode.LEGAL_HOLD_IN_FORCE, "a legal hold is in force on complaint c-1",
                null, null);
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null, held));

        String page = mvc.perform(post("/data-protection/complaints/c-1/erasure").param("ground", "OBJECTION")
                        .param("requester", "REPRESENTATIVE").param("requestReference", "DP-9")
                        .param("confirm", "ERASE").with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"dp-refusal\"", "a legal hold is in force on complaint c-1");
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_aLegalHoldIsPlacedWithItsReason() throws Exception {
        mvc.perform(post("/data-protection/complaints/c-1/legal-hold").param("holdReason", "Claim 2027-11")
                        .with(csrf()))
                .andExpect(status().isFound());

        verify(commands).sendAndWait(new PlaceLegalHold(ComplaintId.of("c-1"), "Claim 2027-11", new Actor("dpo"),
                java.util.Set.of(Role.DATA_PROTECTION_OFFICER)));
        mvc.perform(post("/data-protection/complaints/c-1/legal-hold/release").param("releaseReason", " ")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DATA_PROTECTION_OFFICER")
    void r8_2_theComplaintPageSaysWhetherThePersonalDataIsHeld() throws Exception {
        String page = mvc.perform(get("/data-protection/complaints/c-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("WZ-2027-000001", "id=\"dp-erase\"", "id=\"dp-hold\"", "id=\"dp-release\"")
                .doesNotContain("Ada Quill");
    }
}
