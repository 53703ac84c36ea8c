package uk.co.welzo.klachten.query.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.InquiryView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;
import uk.co.welzo.klachten.query.accesslog.AccessLog;

/** Subject access over HTTP (R8.2, UK GDPR art. 15): the DPO's alone, JSON and printable HTML, and every export logged. */
@WebMvcTest(SubjectAccessController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, SubjectAccess.class, SubjectAccessRules.class,
        SubjectAccessQueries.class, SubjectAccessControllerTest.FixedClock.class})
class SubjectAccessControllerTest {

    private static final Instant NOW = Instant.parse("2027-03-02T09:00:00Z");
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final String MARY = "{\"email\":\"mary.jones@example.com\"}";

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SubjectAccessQueries overTheBus;
    @MockitoBean
    QueryGateway queries;
    @MockitoBean
    SubjectIndex index;
    @MockitoBean
    AccessLog accessLog;

    @BeforeEach
    void twoComplaintsOfMaryOneErased() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        found.put("c-1", List.of("email", "name"));
        found.put("c-2", List.of("email"));
        when(index.find(any())).thenReturn(Map.of());
        when(index.find(new SubjectIdentifiers("mary.jones@example.com", null, null))).thenReturn(found);
        answer(new FindComplaint(ComplaintId.of("c-1")), Optional.of(maryAsHandled()));
        answer(new FindComplaint(ComplaintId.of("c-2")), Optional.of(erased()));
        answer(new FindLetters(ComplaintId.of("c-1")), List.of(
                new OutboxItem("k-1", "c-1", "REF-1", LetterKind.ACKNOWLEDGEMENT, null, null, "SENT", 1, T0, T0, null,
                        "acknowledgement/1", "<m-1@welzo.co.uk>", T0.plusSeconds(60)),
                new OutboxItem("k-2", "c-1", "REF-1", null, "ASSIGNED", "alice", "SENT", 1, T0, T0, null, null, null, T0),
                new OutboxItem("k-3", "c-1", "REF-1", LetterKind.DEADLINE_EXTENSION, null, null, "HELD", 0, T0, T0, null,
                        null, null, null)));
        answer(new FindLetters(ComplaintId.of("c-2")), List.of());
        answer(new FindAccessLog("c-1", null, null, null), List.of(new AccessLogEntry(T0.plusSeconds(3600), "alice",
                "c-1", null, "GET /api/complaints/{complaintId}", "/api/complaints/c-1", "10.0.0.1", null, "curl")));
        answer(new FindAccessLog("c-2", null, null, null), List.of());
    }

    @SuppressWarnings("unchecked")
    private void answer(Object query, Object answer) {
        when(queries.query(eq(query), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(answer));
    }

    private static ComplaintView maryAsHandled() {
        return new ComplaintView("c-1", "Q1N-19Y-8PN", ComplaintStatus.CLOSED, Stage.ONE, Channel.EMAIL,
                Category.PRODUCT_DEFECT, new Complainant("Mary Jones", "mary.jones@example.com", "07700 900123",
                "1 High Street, Leeds"), "The monitor arrived <broken>", "W-1001", "Monitor", T0, "alice", List.of(),
                List.of(new InquiryView("i-1", Department.WAREHOUSE_MANAGEMENT, "Was it dropped?", T0, "Yes", T0)),
                null, Outcome.UPHELD, "A new monitor", "Packing", null, "ACCEPTED_BY_CUSTOMER", List.of(),
                List.of(new TimelineEntry(1, "CustomerCommunicationRecorded", "OUTBOUND PHONE communication recorded",
                                T0, T0, "alice", "Phoned Mary about the replacement"),
                        new TimelineEntry(2, "InvestigationNoteRecorded", "Investigation note recorded", T0, T0, "alice",
                                "Mary sounded upset"),
                        new TimelineEntry(3, "ComplaintResolved", "Stage ONE resolved: UPHELD", T0, T0, "alice",
                                "A new monitor")),
                3);
    }

    private static ComplaintView erased() {
        String x = PersonalData.ERASED;
        return new ComplaintView("c-2", "PJB-Y38-VP2", ComplaintStatus.CLOSED, Stage.ONE, Channel.EMAIL,
                Category.SERVICE, new Complainant(x, x, null, x), x, null, null, T0, "bob", List.of(), List.of(), null,
                Outcome.NOT_UPHELD, x, "None", null, "ACCEPTED_BY_CUSTOMER", List.of(),
                List.of(new TimelineEntry(1, "InvestigationNoteRecorded", "Investigation note recorded", T0, T0, "bob", x)),
                4, NOW.minusSeconds(86400), ErasureGround.CONSENT_WITHDRAWN);
    }

    private ResultActions call(String endpoint, String user, String body) throws Exception {
        return mvc.perform(post("/api/data-protection/subjects/" + endpoint).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void findsThePersonsComplaintsWithHowEachWasFoundAndWhichIsErased() throws Exception {
        call("search", "dpo", MARY).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].complaintId").value("c-1"))
                .andExpect(jsonPath("$[0].reference").value("Q1N-19Y-8PN"))
                .andExpect(jsonPath("$[0].status").value("CLOSED"))
                .andExpect(jsonPath("$[0].receivedAt").value("2026-11-02T09:00:00Z"))
                .andExpect(jsonPath("$[0].matchedOn[1]").value("name"))
                .andExpect(jsonPath("$[0].personalDataErasedAt").doesNotExist())
                .andExpect(jsonPath("$[1].personalDataErasedAt").value("2027-03-01T09:00:00Z"));
        verify(accessLog, never()).append(any());
    }

    @Test
    void theScreensFindAndExportOverTheQueryBusAndTheExportIsLoggedAsTheOfficersRead() {
        SubjectIdentifiers mary = new SubjectIdentifiers("mary.jones@example.com", null, null);

        assertThat(overTheBus.handle(new uk.co.welzo.klachten.api.dataprotection.subject.FindSubjectComplaints(mary)))
                .extracting(summary -> summary.complaintId()).containsExactly("c-1", "c-2");
        verify(accessLog, never()).append(any());
        var export = overTheBus.handle(new uk.co.welzo.klachten.api.dataprotection.subject.ExportSubjectData(mary, "dpo"));

        assertThat(export.exportedBy()).isEqualTo("dpo");
        assertThat(export.complaints()).hasSize(2);
        ArgumentCaptor<AccessLogEntry> logged = ArgumentCaptor.forClass(AccessLogEntry.class);
        verify(accessLog, times(2)).append(logged.capture());
        assertThat(logged.getAllValues()).allSatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("dpo");
            assertThat(entry.path()).isEqualTo("/data-protection (screens)");
        });
    }

    @Test
    void searchesByPhoneAndByNameAsGiven() throws Exception {
        call("search", "dpo", "{\"phone\":\"07700 900123\"}").andExpect(status().isOk());
        call("search", "dpo", "{\"name\":\"Mary Jones\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        verify(index).find(new SubjectIdentifiers(null, "07700 900123", null));
        verify(index).find(new SubjectIdentifiers(null, null, "Mary Jones"));
    }

    @Test
    void exportsEverythingHeldAsJsonAndLogsTheExportPerComplaint() throws Exception {
        call("export", "dpo", MARY).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.exportedBy").value("dpo"))
                .andExpect(jsonPath("$.complaints[0].complainant.postalAddress").value("1 High Street, Leeds"))
                .andExpect(jsonPath("$.complaints[0].description").value("The monitor arrived <broken>"))
                .andExpect(jsonPath("$.complaints[0].orderNumber").value("W-1001"))
                .andExpect(jsonPath("$.complaints[0].communications[0].text").value("Phoned Mary about the replacement"))
                .andExpect(jsonPath("$.complaints[0].notes[0].text").value("Mary sounded upset"))
                .andExpect(jsonPath("$.complaints[0].departmentQuestions[0].answer").value("Yes"))
                .andExpect(jsonPath("$.complaints[0].resolutions[0].text").value("A new monitor"))
                .andExpect(jsonPath("$.complaints[0].lettersSent.length()").value(1))
                .andExpect(jsonPath("$.complaints[0].lettersSent[0].kind").value("ACKNOWLEDGEMENT"))
                .andExpect(jsonPath("$.complaints[0].accessLog[0].user").value("alice"))
                .andExpect(jsonPath("$.complaints[1].personalDataErasedAt").value("2027-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.complaints[1].erasureGround").value("CONSENT_WITHDRAWN"))
                .andExpect(jsonPath("$.complaints[1].complainant.name").value(PersonalData.ERASED));

        ArgumentCaptor<AccessLogEntry> logged = ArgumentCaptor.forClass(AccessLogEntry.class);
        verify(accessLog, times(2)).append(logged.capture());
        assertThat(logged.getAllValues()).extracting(AccessLogEntry::complaintId).containsExactly("c-1", "c-2");
        assertThat(logged.getAllValues()).allSatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("dpo");
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.endpoint()).isEqualTo("POST /api/data-protection/subjects/export");
            assertThat(entry.path()).doesNotContain("mary");
        });
    }

    @Test
    void exportsAPrintableHtmlPageOnAskingForIt() throws Exception {
        for (var request : List.of(
                post("/api/data-protection/subjects/export").accept(MediaType.TEXT_HTML),
                post("/api/data-protection/subjects/export").param("format", "html"))) {
            mvc.perform(request.with(httpBasic("dpo", "demo")).contentType(MediaType.APPLICATION_JSON).content(MARY))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("<h2>Complaint Q1N-19Y-8PN</h2>")))
                    .andExpect(content().string(containsString("mary.jones@example.com")))
                    .andExpect(content().string(containsString("The monitor arrived &lt;broken&gt;")))
                    .andExpect(content().string(containsString("Phoned Mary about the replacement")))
                    .andExpect(content().string(containsString("Was it dropped?")))
                    .andExpect(content().string(containsString("acknowledgement/1")))
                    .andExpect(content().string(containsString("<td>alice</td>")))
                    .andExpect(content().string(containsString(
                            "Personal data erased on 2027-03-01T09:00:00Z (consent withdrawn)")))
                    .andExpect(content().string(not(containsString("<script"))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "agent", "head", "manager", "analyst", "auditor", "admin"})
    void refusesEveryOtherRole(String user) throws Exception {
        call("search", user, MARY).andExpect(status().isForbidden());
        call("export", user, MARY).andExpect(status().isForbidden());
        verify(index, never()).find(any());
        verify(accessLog, never()).append(any());
    }

    @Test
    void refusesAnAnonymousCaller() throws Exception {
        mvc.perform(post("/api/data-protection/subjects/search").contentType(MediaType.APPLICATION_JSON).content(MARY))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"email\":\"  \",\"phone\":\"\",\"name\":null}"})
    void refusesARequestNamingNobodyWithAProblemDetail(String body) throws Exception {
        for (String endpoint : List.of("search", "export")) {
            call(endpoint, "dpo", body).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                    .andExpect(jsonPath("$.errors[0].field").value("email"));
        }
        mvc.perform(post("/api/data-protection/subjects/search").with(httpBasic("dpo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(accessLog, never()).append(any());
    }
}
