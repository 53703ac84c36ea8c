package uk.co.welzo.klachten.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.search.ComplaintSearchHit;
import uk.co.welzo.klachten.api.search.ComplaintSearchResults;
import uk.co.welzo.klachten.api.search.SearchComplaints;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/** POST /api/search/complaints over HTTP: staff only (it shows personal data), and bad input as 400 problems. */
@WebMvcTest(SearchController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, SearchRules.class})
class SearchControllerTest {

    private static final ComplaintSearchResults ONE_HIT = new ComplaintSearchResults(List.of(new ComplaintSearchHit(
            "c-1", "7KQ-M2X-D5R", "Jan Janssen", "jan@example.com", null, null, Category.SERVICE,
            Instant.parse("2026-03-04T09:00:00Z"), List.of("name"))), false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void answerOneHit() {
        when(queries.query(any(SearchComplaints.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(ONE_HIT));
    }

    private org.springframework.test.web.servlet.ResultActions search(String user, String body) throws Exception {
        return mvc.perform(post("/api/search/complaints").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "head", "manager"})
    @SuppressWarnings("unchecked")
    void staffWhoHandleComplaintsSearch(String user) throws Exception {
        search(user, "{\"text\":\"jan jans\",\"limit\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].complaintId").value("c-1"))
                .andExpect(jsonPath("$.hits[0].matchedOn[0]").value("name"))
                .andExpect(jsonPath("$.more").value(false));
        ArgumentCaptor<Object> asked = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new SearchComplaints("jan jans", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "analyst", "auditor", "admin"})
    @SuppressWarnings("unchecked")
    void othersAreRefusedBeforeTheBodyIsRead(String user) throws Exception {
        search(user, "not even json")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(queries, never()).query(any(SearchComplaints.class), any(ResponseType.class));
    }

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        mvc.perform(post("/api/search/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"jan\"}"))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                          | text",
            "{\"text\":\"   \"}          | text",
            "{\"text\":\"jan\",\"limit\":0}  | limit",
            "{\"text\":\"jan\",\"limit\":51} | limit"})
    @SuppressWarnings("unchecked")
    void badInputIsA400NamingItsField(String body, String field) throws Exception {
        clearInvocations(queries);
        search("agent", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verify(queries, never()).query(any(SearchComplaints.class), any(ResponseType.class));
    }

    @Test
    void aTextLongerThanTwoHundredCharactersIsRefused() throws Exception {
        search("agent", "{\"text\":\"" + "a".repeat(SearchComplaints.MAX_TEXT_LENGTH + 1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }
}
