package uk.co.welzo.klachten.query;

import uk.co.welzo.klachten.query.accesslog.AccessLogController;
import uk.co.welzo.klachten.query.deadlines.DeadlineController;
import uk.co.welzo.klachten.query.history.HistoryController;
import uk.co.welzo.klachten.query.integrity.IntegrityController;
import uk.co.welzo.klachten.query.returns.ReturnsController;
import static org.hamcrest.Matchers.containsString;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/** /api/audit parameters over HTTP: instants only in the representable range, and every refusal names its parameter. */
@WebMvcTest({HistoryController.class, DeadlineController.class, IntegrityController.class, ReturnsController.class,
        AccessLogController.class})
@Import({SecurityConfiguration.class, JacksonConfiguration.class, AuditEndpointsTest.FixedClock.class})
class AuditEndpointsTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-02T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void findNothing() {
        when(queries.query(any(), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(Optional.empty()));
        when(queries.query(any(FindAccessLog.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(List.of()));
    }

    private ResultActions read(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("auditor", "demo")));
    }

    private static org.springframework.test.web.servlet.ResultMatcher badInput(String code, String field) {
        return org.springframework.test.web.servlet.ResultMatcher.matchAll(status().isBadRequest(),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.code").value(code),
                jsonPath("$.errors[0].field").value(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/audit/complaints/c-1/as-at                     | at   |",
            "/api/audit/complaints/c-1/deadlines/ACKNOWLEDGEMENT | at   |",
            "/api/audit/access-log                               | from |",
            "/api/audit/access-log                               | to   |",
            "/api/audit/returns                                  | from | to=2027-01-01T00:00:00Z",
            "/api/audit/returns                                  | to   | from=2026-12-01T00:00:00Z",
            "/api/audit/returns                                  | asAt | from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z"})
    void refusesAnInstantOutsideTheRepresentableRangeNamingIt(String path, String parameter, String others) throws Exception {
        for (String instant : new String[] {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1798794000000"}) {
            MockHttpServletRequestBuilder request = get(path).with(httpBasic("auditor", "demo")).param(parameter, instant);
            if (others != null) {
                for (String other : others.split("&")) {
                    request.param(other.substring(0, other.indexOf('=')), other.substring(other.indexOf('=') + 1));
                }
            }
            mvc.perform(request)
                    .andExpect(badInput("INVALID_INPUT", parameter))
                    .andExpect(jsonPath("$.errors[0].message", containsString("ISO-8601 instant")));
        }
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void answersInstantsAtTheEdgesOfTheRangeWithoutAServerError(String instant) throws Exception {
        read("/api/audit/complaints/c-1/as-at?at=" + instant).andExpect(status().isNotFound());
        read("/api/audit/complaints/c-1/deadlines/ACKNOWLEDGEMENT?at=" + instant).andExpect(status().isNotFound());
        read("/api/audit/access-log?from=" + instant).andExpect(status().isOk());
        read("/api/audit/access-log?to=" + instant).andExpect(status().isOk());
    }

    @Test
    void namesFromWhenTheReturnsPeriodIsEmpty() throws Exception {
        read("/api/audit/returns?from=2027-01-01T00:00:00Z&to=2026-12-01T00:00:00Z").andExpect(badInput("INVALID_INPUT", "from"));
    }

    @Test
    void namesAnUnknownAsAtBasis() throws Exception {
        read("/api/audit/complaints/c-1/as-at?at=2027-01-01T00:00:00Z&basis=imagined").andExpect(badInput("INVALID_INPUT", "basis"));
    }

    @Test
    void namesTheMissingInquiryOfADepartmentResponseDeadline() throws Exception {
        read("/api/audit/complaints/c-1/deadlines/DEPARTMENT_RESPONSE").andExpect(badInput("INVALID_INPUT", "inquiryId"));
    }

    @Test
    void namesAMalformedComplaintId() throws Exception {
        read("/api/audit/complaints/-bad/integrity").andExpect(badInput("INVALID_INPUT", "complaintId"));
    }

    @Test
    void namesAMistypedReferenceWithItsOwnCode() throws Exception {
        read("/api/audit/complaints/by-reference/7KQ-M2X-D5X/history")
                .andExpect(badInput("INVALID_REFERENCE_NUMBER", "reference"));
    }
}
