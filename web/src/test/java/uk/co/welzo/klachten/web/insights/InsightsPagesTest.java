package uk.co.welzo.klachten.web.insights;

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

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.api.sla.FindCurrentBreachPage;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindEscalationRate;
import uk.co.welzo.klachten.api.trends.FindRecurring;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** The analysts' dashboard: who may see it, what its filters ask, how bad filters read, and its CSV downloads. */
@SpringBootTest(classes = PagesTestApplication.class)
@AutoConfigureMockMvc
class InsightsPagesTest {

    static final String JULY = "?period=MONTH&dimension=CATEGORY&from=2026-07-01&to=2026-07-31";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void readModels() {
        when(queries.query(any(FindComplaintCounts.class), any(ResponseType.class))).thenAnswer(call -> done(
                InsightsFixtures.counts(call.<FindComplaintCounts>getArgument(0).dimension(),
                        call.<FindComplaintCounts>getArgument(0).period())));
        when(queries.query(any(FindResponseTimes.class), any(ResponseType.class)))
                .thenAnswer(call -> done(InsightsFixtures.responseTimes()));
        when(queries.query(any(FindEscalationRate.class), any(ResponseType.class)))
                .thenAnswer(call -> done(InsightsFixtures.escalationRate(call.<FindEscalationRate>getArgument(0).period())));
        when(queries.query(any(FindSlaCompliance.class), any(ResponseType.class)))
                .thenAnswer(call -> done(InsightsFixtures.compliance(call.<FindSlaCompliance>getArgument(0).period())));
        when(queries.query(any(FindRecurring.class), any(ResponseType.class)))
                .thenAnswer(call -> done(InsightsFixtures.recurring(call.<FindRecurring>getArgument(0).dimension())));
        when(queries.query(any(FindBreachCounts.class), any(ResponseType.class)))
                .thenAnswer(call -> done(InsightsFixtures.breachCounts()));
        when(queries.query(any(FindCurrentBreachPage.class), any(ResponseType.class))).thenAnswer(call -> {
            FindCurrentBreachPage find = call.getArgument(0);
            return done(InsightsFixtures.breachPage(find.kind(), find.page(), find.size()));
        });
    }

    private static CompletableFuture<Object> done(Object answer) {
        return CompletableFuture.completedFuture(answer);
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        mvc.perform(get("/insights")).andExpect(redirectedUrl("http://localhost/sign-in"));
        mvc.perform(get("/insights/counts.csv")).andExpect(redirectedUrl("http://localhost/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "DEPARTMENT_MANAGER", "AUDITOR", "INTAKE"})
    void rolesOtherThanAnalystsHeadAndAdminsAreRefused(String role) throws Exception {
        mvc.perform(get("/insights").with(user(role))).andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/access-denied"));
        mvc.perform(get("/insights/breaches?page=2").with(user(role))).andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/access-denied"));
        for (String id : InsightsTables.IDS) {
            mvc.perform(get("/insights/" + id + ".csv" + JULY).with(user(role))).andExpect(status().isForbidden());
        }
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANALYST", "HEAD_OF_CUSTOMER_SERVICE", "ADMIN"})
    void analystsTheHeadAndAdminsSeeTheDashboardAndItsDownloads(String role) throws Exception {
        mvc.perform(get("/insights").with(user(role))).andExpect(status().isOk());
        mvc.perform(get("/insights/counts.csv").with(user(role))).andExpect(status().isOk());
        mvc.perform(get("/insights/breaches").with(user(role))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("R6.2: without filters, complaints over the last thirty London days by category per week")
    void withoutFiltersTheLastThirtyLondonDaysByCategoryPerWeek() throws Exception {
        String page = page("/insights");
        ArgumentCaptor<FindComplaintCounts> asked = ArgumentCaptor.forClass(FindComplaintCounts.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue().dimension()).isEqualTo(TrendDimension.CATEGORY);
        assertThat(asked.getValue().period()).isEqualTo(TrendPeriod.WEEK);
        assertThat(Duration.between(asked.getValue().from(), asked.getValue().to()).toHours()).isBetween(719L, 721L);
        assertThat(page).contains("<option value=\"WEEK\" selected=\"selected\">Week</option>",
                "<option value=\"CATEGORY\" selected=\"selected\">Category</option>");
    }

    @Test
    void theFiltersAreAskedForInLondonDatesAndKeptInEveryDownloadLink() throws Exception {
        String page = page("/insights?period=MONTH&dimension=PRODUCT&from=2026-07-01&to=2026-07-31");

        ArgumentCaptor<FindComplaintCounts> counts = ArgumentCaptor.forClass(FindComplaintCounts.class);
        verify(queries).query(counts.capture(), any(ResponseType.class));
        assertThat(counts.getValue()).isEqualTo(new FindComplaintCounts(TrendDimension.PRODUCT, TrendPeriod.MONTH,
                InsightsFixtures.FROM, InsightsFixtures.TO));
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindEscalationRate(InsightsFixtures.FROM,
                InsightsFixtures.TO, TrendPeriod.MONTH)), any(ResponseType.class));
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindSlaCompliance(SlaPeriod.MONTH,
                InsightsFixtures.FROM, InsightsFixtures.TO)), any(ResponseType.class));
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindRecurring(TrendDimension.ROOT_CAUSE,
                InsightsFixtures.TO, Duration.ofDays(31), InsightsTables.RECURRING_TOP)), any(ResponseType.class));

        for (String id : InsightsTables.IDS) {
            assertThat(page).contains("href=\"/insights/" + id
                    + ".csv?period=MONTH&amp;dimension=PRODUCT&amp;from=2026-07-01&amp;to=2026-07-31\"");
            assertThat(page).contains("id=\"" + id + "-table\"", "id=\"" + id + "-caption\"", "id=\"" + id + "-chart\"");
        }
        assertThat(page).contains("<option value=\"MONTH\" selected=\"selected\">Month</option>",
                "value=\"2026-07-01\"", "value=\"2026-07-31\"", "data-chart=\"{&quot;type&quot;:&quot;bar&quot;");
    }

    @Test
    @DisplayName("R6.2, R5.3: each table shows the trend, response-time, escalation, SLA-compliance (original and extended deadline), recurring and breach figures, with no inline script")
    void eachTableShowsTheFiguresInWordsAndNoInlineScript() throws Exception {
        String page = page("/insights" + JULY);
        String counts = section(page, "counts");
        assertThat(counts).contains("<caption id=\"counts-caption\">Complaints received per month, by category, "
                        + "2026-07-01 to 2026-07-31", "<th scope=\"col\">A faulty product</th>",
                "<th scope=\"row\">2026-07</th>", "<td>7</td>", "<td>4</td>", "<td>2</td>");
        assertThat(section(page, "response-times")).contains("<th scope=\"row\">A faulty product</th>", "<td>10.3</td>",
                "<td>120.5</td>", "<td>200.0</td>");
        assertThat(section(page, "escalation-rate")).contains("25.0% over the whole range (1 of 4)", "<td>25.0</td>");
        assertThat(section(page, "sla-compliance")).contains("Stage 1 by the original deadline (%)",
                "Stage 1 by the extended deadline (%)", "<td>90.0</td>", "<td>75.0</td>", "<td>100.0</td>");
        assertThat(section(page, "recurring-products")).contains("BP Monitor", "<td>-3</td>", "<td>Yes</td>",
                "=HYPERLINK(&quot;http://evil.example&quot;");
        assertThat(section(page, "breaches")).contains("as of 2026-08-02 11:00 (London time): 3 in all",
                "<th scope=\"row\">Acknowledge (48 hours)</th>", "<td>2</td>", "<th scope=\"row\">Resolve stage 1</th>",
                "<td>1</td>", "href=\"/insights/breaches\"").doesNotContain("7KQ-M2X-D5R");
        assertThat(page).doesNotContain("<script>", "style=\"");
        assertThat(page).contains("src=\"/js/insights-charts.js\"", "/webjars/echarts/");
    }

    @Test
    void badFiltersAreSaidAtTheirFieldsAndNothingIsAsked() throws Exception {
        String page = mvc.perform(get("/insights?period=FORTNIGHT&dimension=SHOE_SIZE&from=2026-13-01&to=yesterday")
                        .with(user("ANALYST")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("These filters cannot be used", "Choose day, week or month.",
                "Choose what to count complaints by.", "Enter a date like 2026-11-30.", "id=\"from-error\"",
                "aria-describedby=\"to-error\"", "value=\"2026-13-01\"", "value=\"yesterday\"");
        assertThat(page).doesNotContain("Exception", "id=\"counts-table\"");

        String reversed = mvc.perform(get("/insights?from=2026-07-31&to=2026-07-01").with(user("ANALYST")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(reversed).contains("The last day must be on or after the first day.");
        mvc.perform(get("/insights?period=DAY&from=2020-01-01&to=2026-07-01").with(user("ANALYST")))
                .andExpect(status().isBadRequest());
        String csv = mvc.perform(get("/insights/counts.csv?period=FORTNIGHT").with(user("ANALYST")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("period: Choose day, week or month.");
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void aReadModelThatCannotAnswerIsAPageWithAnIncidentNotAStackTrace() throws Exception {
        when(queries.query(any(FindBreachCounts.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("query side down")));
        String page = mvc.perform(get("/insights").with(user("ANALYST")))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Something went wrong on our side", "quote incident")
                .doesNotContain("query side down", "IllegalStateException");
    }

    @Test
    @DisplayName("R6.2: a CSV is the table on the page, as an attachment")
    void aCsvIsTheTableOnThePageAsAnAttachment() throws Exception {
        var response = mvc.perform(get("/insights/counts.csv" + JULY).with(user("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"complaint-counts-category-month-2026-07-01-to-2026-07-31.csv\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).isEqualTo("""
                "Period","All complaints","A faulty product","Billing or a payment dispute"\r
                "2026-07","7","4","2"\r
                """);
        mvc.perform(get("/insights/nothing.csv").with(user("ANALYST"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("R6.2: the current breaches' CSV is their table on the dashboard: counts per obligation, no breach listed")
    void theBreachesCsvIsTheCountsPerObligation() throws Exception {
        var response = mvc.perform(get("/insights/breaches.csv" + JULY).with(user("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"current-breaches-2026-08-02.csv\""))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).isEqualTo("""
                "Obligation","Breaches"\r
                "Acknowledge (48 hours)","2"\r
                "Resolve stage 1","1"\r
                """);
        verify(queries, never()).query(any(FindCurrentBreachPage.class), any(ResponseType.class));
    }

    @Test
    @DisplayName("R6.2, R8.1: the current breaches are listed one link away, fifty a page, longest overdue first, references and deadlines only")
    void theBreachesAreListedAPageAtATime() throws Exception {
        String first = page("/insights/breaches");
        ArgumentCaptor<FindCurrentBreachPage> asked = ArgumentCaptor.forClass(FindCurrentBreachPage.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindCurrentBreachPage(null, 0, InsightsBreachesController.PAGE_SIZE));
        assertThat(first).contains("120 open past their current deadline as of 2026-08-02 11:00 (London time), page 1 of 3",
                "<th scope=\"row\">7KQ-M2X-D5R</th>", "<td>Acknowledge (48 hours)</td>", "<td>2026-07-30 10:00</td>",
                "73.0", "href=\"/insights/breaches?page=2\"", "href=\"/insights\"").doesNotContain("rel=\"prev\"");
        assertThat(first.split("<tr>", -1)).hasSize(1 + 1 + InsightsBreachesController.PAGE_SIZE);

        String last = page("/insights/breaches?kind=STAGE_ONE_RESOLUTION&page=3");
        verify(queries).query(org.mockito.ArgumentMatchers.eq(new FindCurrentBreachPage(
                uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION, 2,
                InsightsBreachesController.PAGE_SIZE)), any(ResponseType.class));
        assertThat(last).contains("page 3 of 3", "<td>Resolve stage 1</td>",
                "href=\"/insights/breaches?kind=STAGE_ONE_RESOLUTION&amp;page=2\"",
                "<option value=\"STAGE_ONE_RESOLUTION\" selected=\"selected\">").doesNotContain("rel=\"next\"");
        assertThat(last.split("<tr>", -1)).hasSize(1 + 1 + 20);
        assertThat(last).doesNotContain("<script>", "style=\"");
    }

    @Test
    void aBreachListPageThatCannotBeReadIsSaidAndNothingIsAsked() throws Exception {
        String page = mvc.perform(get("/insights/breaches?kind=SHOE_SIZE&page=0").with(user("ANALYST")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choose an obligation from the list.", "Choose a page from 1.", "id=\"kind-error\"")
                .doesNotContain("Exception", "id=\"breaches-table\"");
        mvc.perform(get("/insights/breaches?page=two").with(user("ANALYST"))).andExpect(status().isBadRequest());
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void cellsASpreadsheetWouldReadAsFormulasAreNeutralisedAndQuoted() throws Exception {
        String csv = mvc.perform(get("/insights/recurring-products.csv" + JULY).with(user("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Product", "This range", "The range before", "Change",
                "Improvement action open");
        assertThat(records.get(1).toList()).containsExactly("BP Monitor", "5", "2", "3", "Yes");
        assertThat(records.get(2).toList()).containsExactly("'" + InsightsFixtures.FORMULA, "2", "5", "-3", "No");
        assertThat(records.get(3).get(0)).isEqualTo("'" + InsightsFixtures.PLUS);
        assertThat(records.get(4).get(0)).isEqualTo("'" + InsightsFixtures.AT);
        assertThat(records.get(5).get(0)).isEqualTo(InsightsFixtures.COMMA);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", "\"Cuff, \"\"large\"\"\"");
        assertThat(csv).contains("\"'+44 cuff\"", "\"-3\"").doesNotContain("\"=", "\"+", "\"@");

        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("-12.5")).isEqualTo("-12.5");
        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(uk.co.welzo.klachten.web.CsvCells.neutralised("Packaging")).isEqualTo("Packaging");
    }

    @Test
    void theDutchPageAndCsvSpeakDutchWithTheSameFigures() throws Exception {
        String csv = mvc.perform(get("/insights/escalation-rate.csv" + JULY).header("Accept-Language", "nl")
                        .with(user("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("""
                "Periode","Opgelost in fase 1","Geëscaleerd","Escalatiegraad (%)"\r
                "2026-07","4","1","25.0"\r
                """);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("ANALYST"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static RequestPostProcessor user(String role) {
        return SecurityMockMvcRequestPostProcessors.user(role.toLowerCase()).roles(role);
    }
}
