package uk.co.welzo.klachten.query.sla;

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

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.BreachCountSummary;
import uk.co.welzo.klachten.api.sla.BreachCountsView;
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/**
 * SLA compliance parameters over HTTP: instants only in the representable range, refusals naming the parameter; who may
 * read the breach counts.
 */
@WebMvcTest(SlaController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class})
class SlaControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryGateway queries;

    private ResultActions compliance(String from, String to) throws Exception {
        return mvc.perform(get("/api/sla/compliance").with(httpBasic("analyst", "demo"))
                .param("period", "DAY").param("from", from).param("to", to));
    }

    @ParameterizedTest
    @CsvSource({
            "+1000000000-12-31T23:59:59Z, 2026-03-01T00:00:00Z, from",
            "2026-03-01T00:00:00Z, +1000000000-12-31T23:59:59Z, to",
            "-1000000000-01-01T00:00:00Z, 2026-03-01T00:00:00Z, from",
            "0000-01-01T00:00:00Z, 2026-03-01T00:00:00Z, from",
            "1772323200000, 2026-03-01T00:00:00Z, from"})
    void refusesAnInstantOutsideTheRepresentableRangeNamingIt(String from, String to, String field) throws Exception {
        compliance(from, to)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString("ISO-8601 instant")));
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    @DisplayName("R8.1: the breach counts per obligation are for staff and analysts; an auditor or intake is refused")
    void breachCountsAreRefusedToOtherRoles() throws Exception {
        for (String user : new String[] {"auditor", "intake", "dpo"}) {
            mvc.perform(get("/api/sla/breaches/counts").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
        verify(queries, never()).query(any(), any(ResponseType.class));
    }

    @Test
    @DisplayName("R6.2: the breach counts per obligation, the dashboard's figures, for an analyst")
    void breachCountsPerObligationForAnAnalyst() throws Exception {
        when(queries.query(any(FindBreachCounts.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.completedFuture(new BreachCountsView(Instant.parse("2026-08-02T10:00:00Z"), 2,
                        List.of(new BreachCountSummary(DeadlineKind.ACKNOWLEDGEMENT, 2)))));
        mvc.perform(get("/api/sla/breaches/counts").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.kinds[0].kind").value("ACKNOWLEDGEMENT"))
                .andExpect(jsonPath("$.kinds[0].breaches").value(2));
    }

    @Test
    void refusesTheWholeRepresentableRangeAsTooManyPeriodsNamingTo() throws Exception {
        compliance("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void namesToWhenThePeriodIsEmpty() throws Exception {
        compliance("2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
