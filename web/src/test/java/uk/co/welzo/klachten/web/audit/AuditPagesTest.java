package uk.co.welzo.klachten.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.audit.FindCaseAsAt;
import uk.co.welzo.klachten.api.audit.FindCaseHistory;
import uk.co.welzo.klachten.api.audit.FindComplaintIdByReference;
import uk.co.welzo.klachten.api.audit.FindReturns;
import uk.co.welzo.klachten.api.audit.RecordCaseRead;
import uk.co.welzo.klachten.api.audit.VerifyEventChain;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** The auditors' pages (#18): who may see them, what they ask, that every complaint page is logged, how mistakes read. */
@SpringBootTest(classes = PagesTestApplication.class)
@AutoConfigureMockMvc
class AuditPagesTest {

    private static final List<String> PAGES = List.of("/audit", "/audit/find?q=c-1", "/audit/cases/c-1",
            "/audit/cases/c-1/as-at", "/audit/cases/c-1/deadlines/STAGE_ONE_RESOLUTION", "/audit/returns",
            "/audit/returns/print", "/audit/returns.csv", "/audit/returns.pdf", "/audit/access-log");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void theRecord() {
        answer(FindCaseHistory.class, Optional.of(AuditFixtures.history(false)));
        answer(VerifyEventChain.class, Optional.of(AuditFixtures.intact()));
        answer(ExplainDeadline.class, Optional.empty());
        answer(FindCaseAsAt.class, Optional.of(AuditFixtures.asAt(Instant.parse("2027-07-01T09:00:00Z"), AsAtBasis.RECORDED)));
        answer(FindReturns.class, AuditFixtures.returns(Map.of("UPHELD", 4)));
        answer(FindAccessLog.class, List.of());
        answer(RecordCaseRead.class, Boolean.TRUE);
        answer(FindComplaintIdByReference.class, Optional.of("c-1"));
    }

    private void answer(Class<?> query, Object answer) {
        when(queries.query(any(query), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(answer));
    }

    private static RequestPostProcessor user(String role) {
        return SecurityMockMvcRequestPostProcessors.user(role.toLowerCase()).roles(role);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("AUDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<AccessLogEntry> logged() {
        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(queries, org.mockito.Mockito.atLeast(0)).query(asked.capture(), any(ResponseType.class));
        return asked.getAllValues().stream().filter(RecordCaseRead.class::isInstance)
                .map(q -> ((RecordCaseRead) q).entry()).toList();
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        for (String path : PAGES) {
            mvc.perform(get(path)).andExpect(redirectedUrl("http://localhost/sign-in"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "ANALYST", "HEAD_OF_CUSTOMER_SERVICE", "DEPARTMENT_MANAGER", "ADMIN", "INTAKE"})
    void everyOtherRoleGetsTheReadable403AndNothingIsAskedOrLogged(String role) throws Exception {
        for (String path : PAGES) {
            mvc.perform(get(path).with(user(role))).andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/access-denied"));
        }
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void auditorsMaySeeEveryPageAndStartAtTheAudit() throws Exception {
        answer(ExplainDeadline.class, Optional.of(AuditFixtures.stageOne()));
        for (String path : PAGES) {
            int code = mvc.perform(get(path).with(user("AUDITOR"))).andReturn().getResponse().getStatus();
            assertThat(code).as(path).isIn(200, 302);
        }
        mvc.perform(get("/").with(user("AUDITOR"))).andExpect(redirectedUrl("/audit"));
    }

    @Test
    @DisplayName("R6.1, R8.2: the history shows every event in London time with the intact badge, and the read is in the access log")
    void theHistoryShowsEveryEventInLondonTimeWithTheIntactBadgeAndIsLoggedAsTheAuditorsRead() throws Exception {
        String html = page("/audit/cases/c-1");
        assertThat(html).contains("History of 7KQ-M2X-D5R", "id=\"chain-intact\"", "Intact", "2 events checked",
                "Complaint lodged by web form", "Thu 24 Dec 2026, 09:00:00", // winter: London is UTC
                "Thu 1 Jul 2027, 10:00:00", // summer: the acknowledgement recorded at 09:00Z reads 10:00 in London
                "letter sent on the day", "web-form", "PRODUCT_DEFECT")
                .doesNotContain("<script>alert", "<b>Example</b>", "id=\"erased\"")
                .contains("&lt;script&gt;alert");
        List<AccessLogEntry> reads = logged();
        assertThat(reads).hasSize(1);
        AccessLogEntry read = reads.get(0);
        assertThat(read.user()).isEqualTo("auditor");
        assertThat(read.complaintId()).isEqualTo("c-1");
        assertThat(read.reference()).isEqualTo("7KQ-M2X-D5R");
        assertThat(read.endpoint()).isEqualTo("GET /audit/cases/{complaintId}");
        assertThat(read.path()).isEqualTo("/audit/cases/c-1");
    }

    @Test
    void aReadTheAccessLogCannotRecordShowsNothingOfTheComplaint() throws Exception {
        when(queries.query(any(RecordCaseRead.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("access log unavailable")));
        String html = mvc.perform(get("/audit/cases/c-1").with(user("AUDITOR"))).andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("7KQ-M2X-D5R", "Complaint lodged by web form", "access log unavailable");
    }

    @Test
    void aBrokenChainShowsItsFirstBreakAndWhy() throws Exception {
        answer(VerifyEventChain.class, Optional.of(AuditFixtures.broken()));
        assertThat(page("/audit/cases/c-1")).contains("id=\"chain-broken\"",
                "The chain first breaks at event 1: its hash does not match its content").doesNotContain("chain-intact");
    }

    @Test
    @DisplayName("R8.2: an erased complainant shows as erased in the history")
    void anErasedComplainantShowsAsErased() throws Exception {
        answer(FindCaseHistory.class, Optional.of(AuditFixtures.history(true)));
        String html = page("/audit/cases/c-1");
        assertThat(html).contains("id=\"erased\"", "Personal data erased", "class=\"audit-erased\"")
                .doesNotContain("[personal data erased]");
    }

    @Test
    void theHistoryLinksEachDeadlineToItsExplanation() throws Exception {
        when(queries.query(any(ExplainDeadline.class), any(ResponseType.class))).thenAnswer(call -> {
            ExplainDeadline asked = call.getArgument(0);
            return CompletableFuture.completedFuture(asked.kind() == DeadlineKind.STAGE_ONE_RESOLUTION
                    ? Optional.of(AuditFixtures.stageOne()) : Optional.empty());
        });
        assertThat(page("/audit/cases/c-1")).contains("href=\"/audit/cases/c-1/deadlines/STAGE_ONE_RESOLUTION\"",
                "Resolve stage 1");
    }

    @Test
    void anUnknownComplaintIsA404PageAndNoRead() throws Exception {
        answer(FindCaseHistory.class, Optional.empty());
        String html = mvc.perform(get("/audit/cases/nobody").with(user("AUDITOR"))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No such complaint", "nobody");
        assertThat(logged()).isEmpty();
    }

    @Test
    void asAtAsksForTheLondonInstantAndBasisTypedAndKeepsThemInTheForm() throws Exception {
        String html = page("/audit/cases/c-1/as-at?at=2027-07-01T10:00:00&basis=OCCURRED");
        ArgumentCaptor<FindCaseAsAt> asked = ArgumentCaptor.forClass(FindCaseAsAt.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().at()).isEqualTo(Instant.parse("2027-07-01T09:00:00Z"));
        assertThat(asked.getValue().basis()).isEqualTo(AsAtBasis.OCCURRED);
        assertThat(html).contains("value=\"2027-07-01T10:00\"", "id=\"as-at-status\"", "Under investigation",
                "Warned");
        assertThat(logged()).extracting(AccessLogEntry::endpoint).containsExactly("GET /audit/cases/{complaintId}/as-at");
        assertThat(logged().get(0).path()).isEqualTo("/audit/cases/c-1/as-at?at=2027-07-01T10:00:00&basis=OCCURRED");
    }

    @Test
    @DisplayName("R5.3: a deadline explanation shows the days skipped, extensions and the verdicts against the current and original deadline")
    void aDeadlineExplanationShowsDaysSkippedExtensionsAndBothVerdicts() throws Exception {
        answer(ExplainDeadline.class, Optional.of(AuditFixtures.stageOne()));
        String html = page("/audit/cases/c-1/deadlines/STAGE_ONE_RESOLUTION?at=2027-01-15T12:00:00");
        assertThat(html).contains("5 days not counted", "Fri 25 Dec 2026", "Fri 1 Jan 2027", "bank holiday",
                "waiting for the &lt;lab&gt;", "Verdict against the original deadline", "Missed", "Running",
                "ComplaintAcknowledged", "2026-1", "Tue 12 Jan 2027");
        assertThat(logged()).extracting(AccessLogEntry::complaintId).containsExactly("c-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit/cases/c-1/as-at?at=yesterday", "/audit/cases/c-1/as-at?basis=sideways",
            "/audit/cases/-c1", "/audit/cases/c-1/deadlines/SOON",
            "/audit/cases/c-1/deadlines/DEPARTMENT_RESPONSE", "/audit/returns?from=2027-02-01&to=2027-01-01",
            "/audit/returns.csv?from=1%2F1%2F2027", "/audit/access-log?page=-1", "/audit/access-log?from=soon",
            "/audit/find?q=+"})
    void badInputIsAClearMessageNotAStackTrace(String path) throws Exception {
        String html = mvc.perform(get(path).with(user("AUDITOR"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("That could not be read", "id=\"bad-input\"")
                .doesNotContain("Exception", "at uk.co", "incident");
        assertThat(logged()).isEmpty();
    }

    @Test
    void findingByReferenceOrIdLeadsToTheHistory() throws Exception {
        String typed = ReferenceNumber.random(new Random(7)).toString().toLowerCase(Locale.ROOT).replace('-', ' ');
        mvc.perform(get("/audit/find").param("q", typed).with(user("AUDITOR"))).andExpect(redirectedUrl("/audit/cases/c-1"));
        answer(FindComplaintIdByReference.class, Optional.empty());
        mvc.perform(get("/audit/find?q=c-77").with(user("AUDITOR"))).andExpect(redirectedUrl("/audit/cases/c-77"));
    }

    @Test
    void returnsAskForLondonDaysBothIncludedAsAtTheInstantTyped() throws Exception {
        String html = page("/audit/returns?from=2027-07-01&to=2027-07-31&asAt=2027-08-01T09:00:00");
        ArgumentCaptor<FindReturns> asked = ArgumentCaptor.forClass(FindReturns.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindReturns(Instant.parse("2027-06-30T23:00:00Z"),
                Instant.parse("2027-07-31T23:00:00Z"), Instant.parse("2027-08-01T08:00:00Z")));
        assertThat(html).contains("id=\"returns-received\">12<", "Upheld",
                "/audit/returns.csv?from=2027-07-01&amp;to=2027-07-31&amp;asAt=2027-08-01T09:00",
                "/audit/returns/print?");
        assertThat(page("/audit/returns/print?from=2027-07-01&to=2027-07-31")).contains("audit-print", "/css/audit.css")
                .doesNotContain("returns-form");
    }

    @Test
    void theReturnsCsvIsQuotedAndNeutralisesFormulas() throws Exception {
        Map<String, Integer> hostile = new LinkedHashMap<>();
        hostile.put("=HYPERLINK(\"http://evil\",\"x\")", 1);
        hostile.put("+1", 2);
        hostile.put("-2", 3);
        hostile.put("@SUM(A1)", 4);
        hostile.put("upheld, partly", 5);
        answer(FindReturns.class, AuditFixtures.returns(hostile));
        String csv = mvc.perform(get("/audit/returns.csv?from=2027-01-01&to=2027-01-31&asAt=2027-02-01T09:00:00")
                        .with(user("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"returns-2027-01-01-2027-01-31.csv\""))
                .andReturn().getResponse().getContentAsString();
        // every cell quoted; a plain number such as -2 reads as that number only, so it is left as it is
        assertThat(csv.split("\r\n")).contains("\"section\",\"item\",\"value\"", "\"period\",\"from\",\"2027-01-01\"",
                "\"totals\",\"received\",\"12\"", "\"outcome\",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"1\"",
                "\"outcome\",\"'+1\",\"2\"", "\"outcome\",\"-2\",\"3\"", "\"outcome\",\"'@SUM(A1)\",\"4\"",
                "\"outcome\",\"upheld, partly\",\"5\"", "\"time to resolution\",\"within 10 working days\",\"7\"");
        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("12")).isEqualTo("12");
        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("")).isEmpty();
    }

    @Test
    void theReturnsPrintAsAnA4PdfWithTheFigures() throws Exception {
        byte[] pdf = mvc.perform(get("/audit/returns.pdf?from=2027-01-01&to=2027-01-31&asAt=2027-02-01T09:00:00")
                        .with(user("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"returns-2027-01-01-2027-01-31.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(printed)).contains("Returns", "Received Fri 1 Jan 2027 to Sun 31 Jan 2027",
                    "Received 12", "Upheld 4", "within 10 working days 7");
        }
    }

    @Test
    void theAccessLogIsFilteredNewestFirstAndPaged() throws Exception {
        List<AccessLogEntry> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            oldestFirst.add(new AccessLogEntry(Instant.parse("2027-01-05T10:00:00Z").plusSeconds(i), "auditor", "c-1",
                    null, "GET /audit/cases/{complaintId}", "/audit/cases/c-1?n=" + i, "127.0.0.1", null, "test"));
        }
        answer(FindAccessLog.class, oldestFirst);
        String first = page("/audit/access-log?complaint=c-1&user=auditor&from=2027-01-05&to=2027-01-05");
        ArgumentCaptor<FindAccessLog> asked = ArgumentCaptor.forClass(FindAccessLog.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindAccessLog("c-1", "auditor", Instant.parse("2027-01-05T00:00:00Z"),
                Instant.parse("2027-01-06T00:00:00Z")));
        assertThat(first).contains("120 reads, page 1 of 3", "/audit/cases/c-1?n=119", "/audit/cases/c-1?n=70", "id=\"older\"")
                .doesNotContain("/audit/cases/c-1?n=69<");
        assertThat(page("/audit/access-log?page=2")).contains("page 3 of 3", "/audit/cases/c-1?n=0<", "rel=\"prev\"")
                .doesNotContain("id=\"older\"");
        assertThat(logged()).isEmpty();
    }
}
