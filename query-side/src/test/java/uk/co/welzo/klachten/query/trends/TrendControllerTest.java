package uk.co.welzo.klachten.query.trends;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.trends.CategoryResponseTimesSummary;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.EscalationRateView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindEscalationRate;
import uk.co.welzo.klachten.api.trends.FindRecurring;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.RecurringSummary;
import uk.co.welzo.klachten.api.trends.RecurringView;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendBucketSummary;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/** /api/trends over HTTP: who may read trends (R8.1), how parameters and defaults become queries, bad input as 400. */
@WebMvcTest(TrendController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, TrendControllerTest.FixedClock.class})
class TrendControllerTest {

    static final Instant NOW = Instant.parse("2026-04-15T12:00:00Z");
    static final Instant MONTH_AGO = NOW.minus(Duration.ofDays(30));
    static final String[] ENDPOINTS = {"/api/trends/counts", "/api/trends/response-times",
            "/api/trends/escalation-rate", "/api/trends/recurring"};

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

    @BeforeEach
    @SuppressWarnings("unchecked")
    void answerEveryQuery() {
        when(queries.query(any(FindComplaintCounts.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                new ComplaintCountsView(TrendDimension.CATEGORY, TrendPeriod.DAY, MONTH_AGO, NOW, List.of(
                        new TrendBucketSummary("2026-04-01", LocalDate.parse("2026-04-01"), 3,
                                List.of(new TrendCountSummary("SERVICE", "SERVICE", 3)))))));
        when(queries.query(any(FindResponseTimes.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                new ResponseTimesView(MONTH_AGO, NOW, List.of(
                        new CategoryResponseTimesSummary(Category.SERVICE, 4, 4, 7.0, 24.0, 3, 100.0, 180.0)))));
        when(queries.query(any(FindEscalationRate.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                new EscalationRateView(MONTH_AGO, NOW, TrendPeriod.WEEK, 4, 1, 0.25, List.of())));
        when(queries.query(any(FindRecurring.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                new RecurringView(TrendDimension.PRODUCT, MONTH_AGO.minus(Duration.ofDays(30)), MONTH_AGO, NOW,
                        List.of(new RecurringSummary("bp monitor", "BP Monitor", 3, 1, 2, null)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "head", "admin"})
    void letsAnalystsTheHeadAndAdminsRead(String user) throws Exception {
        for (String endpoint : ENDPOINTS) {
            mvc.perform(get(endpoint).with(httpBasic(user, "demo"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/trends/counts").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$.buckets[0].period").value("2026-04-01"))
                .andExpect(jsonPath("$.buckets[0].start").value("2026-04-01"))
                .andExpect(jsonPath("$.buckets[0].counts[0].key").value("SERVICE"));
        mvc.perform(get("/api/trends/response-times").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$.categories[0].p90HoursToAcknowledge").value(24.0));
        mvc.perform(get("/api/trends/escalation-rate").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$.rate").value(0.25));
        mvc.perform(get("/api/trends/recurring").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$.items[0].change").value(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "agent", "agent2", "manager", "auditor"})
    void refusesEveryOtherRole(String user) throws Exception {
        for (String endpoint : ENDPOINTS) {
            mvc.perform(get(endpoint).with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        for (String endpoint : ENDPOINTS) {
            mvc.perform(get(endpoint)).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void defaultsToTheLastThirtyDays() throws Exception {
        mvc.perform(get("/api/trends/counts").with(httpBasic("analyst", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/trends/response-times").with(httpBasic("analyst", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/trends/escalation-rate").with(httpBasic("analyst", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/trends/recurring").with(httpBasic("analyst", "demo"))).andExpect(status().isOk());

        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(queries, org.mockito.Mockito.times(4)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).containsExactly(
                new FindComplaintCounts(TrendDimension.CATEGORY, TrendPeriod.DAY, MONTH_AGO, NOW),
                new FindResponseTimes(MONTH_AGO, NOW),
                new FindEscalationRate(MONTH_AGO, NOW, TrendPeriod.WEEK),
                new FindRecurring(TrendDimension.PRODUCT, NOW, Duration.ofDays(30), 10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void turnsTheParametersIntoQueries() throws Exception {
        mvc.perform(get("/api/trends/counts").with(httpBasic("analyst", "demo")).param("dimension", "ROOT_CAUSE")
                .param("period", "MONTH").param("from", "2026-01-01T00:00:00Z").param("to", "2026-03-31T23:00:00Z"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/trends/recurring").with(httpBasic("analyst", "demo")).param("dimension", "ROOT_CAUSE")
                .param("windowEnd", "2026-04-01T00:00:00Z").param("window", "P7D").param("top", "5"))
                .andExpect(status().isOk());

        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(queries, org.mockito.Mockito.times(2)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).containsExactly(
                new FindComplaintCounts(TrendDimension.ROOT_CAUSE, TrendPeriod.MONTH,
                        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-03-31T23:00:00Z")),
                new FindRecurring(TrendDimension.ROOT_CAUSE, Instant.parse("2026-04-01T00:00:00Z"), Duration.ofDays(7), 5));
    }

    @ParameterizedTest
    @CsvSource({
            "counts, dimension, COMPLAINANT",
            "counts, period, YEAR",
            "counts, from, yesterday",
            "counts, to, 2026-13-01T00:00:00Z",
            "counts, from, 2026-04-15T12:00:00Z",
            "counts, from, 2020-01-01T00:00:00Z",
            "response-times, from, 2026-05-01T00:00:00Z",
            "escalation-rate, period, FORTNIGHT",
            "recurring, dimension, CATEGORY",
            "recurring, window, P1M",
            "recurring, window, -P7D",
            "recurring, window, PT0S",
            "recurring, window, P4000D",
            "recurring, windowEnd, soon",
            "recurring, top, 0",
            "recurring, top, 101"})
    void answersABadParameterWithAProblemNamingIt(String endpoint, String parameter, String value) throws Exception {
        String named = "counts".equals(endpoint) && "from".equals(parameter) && value.startsWith("2020") ? "period" : parameter;
        mvc.perform(get("/api/trends/" + endpoint).with(httpBasic("analyst", "demo")).param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.type").value("https://klachten.welzo.co.uk/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(named));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @CsvSource({
            "counts, from, +1000000000-12-31T23:59:59Z",
            "counts, to, -1000000000-01-01T00:00:00Z",
            "counts, to, 0000-01-01T00:00:00Z",
            "response-times, to, +10000-01-01T00:00:00Z",
            "escalation-rate, from, 1776254400000",
            "recurring, windowEnd, +1000000000-12-31T23:59:59Z",
            "recurring, windowEnd, -1000000000-01-01T00:00:00Z"})
    void refusesAnInstantOutsideTheRepresentableRangeNamingIt(String endpoint, String parameter, String value) throws Exception {
        mvc.perform(get("/api/trends/" + endpoint).with(httpBasic("analyst", "demo")).param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ISO-8601 instant")));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void answersAWindowOrRangeEndingAtEitherEdgeOfTheRangeWithoutAServerError(String end) throws Exception {
        mvc.perform(get("/api/trends/recurring").with(httpBasic("analyst", "demo")).param("windowEnd", end))
                .andExpect(status().isOk());
        mvc.perform(get("/api/trends/response-times").with(httpBasic("analyst", "demo")).param("to", end))
                .andExpect(status().isOk());
    }

    @Test
    void refusesTheWholeRepresentableRangeAsTooManyBucketsNamingPeriod() throws Exception {
        mvc.perform(get("/api/trends/counts").with(httpBasic("analyst", "demo"))
                        .param("from", "0001-01-01T00:00:00Z").param("to", "9999-12-31T23:59:59Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
    }
}
