package uk.co.welzo.klachten.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** The pages' chain: sign-in with a session, a start page per role, readable refusals; the API's chain untouched. */
@SpringBootTest(classes = PagesTestApplication.class)
@AutoConfigureMockMvc
class PageSecurityTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @Test
    void anonymousPeopleAreSentToSignInFromTheStartAndTheConsole() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/console")).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
        String page = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"_csrf\"", "<label for=\"username\">", "autocomplete=\"current-password\"");
    }

    @Test
    void anAgentSignsInWithTheFormAndTheSessionCarriesThemWithoutAPasswordAgain() throws Exception {
        var result = mvc.perform(formLogin("/sign-in").user("agent").password("demo"))
                .andExpect(authenticated().withUsername("agent").withRoles("AGENT"))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        when(queries.query(any(FindWorkQueue.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new WorkQueuePage(List.of(), 0, 20, 0)));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/console"));
        String console = mvc.perform(get("/console").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(console).contains("You are signed in as agent", "Customer-service agent", "Sign out");
    }

    @Test
    void aWrongPasswordStaysOnSignInWithAMessage() throws Exception {
        mvc.perform(formLogin("/sign-in").user("agent").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?failed"));
        String page = mvc.perform(get("/sign-in").param("failed", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("do not match");
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        MockHttpSession before = new MockHttpSession();
        mvc.perform(get("/complaint").session(before)).andExpect(status().isOk());
        String idBefore = before.getId();
        var result = mvc.perform(formLogin("/sign-in").user("head").password("demo")).andReturn();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
    }

    @Test
    void aFormWithoutItsTokenIsExplainedAsExpired() throws Exception {
        String page = mvc.perform(get("/access-denied").requestAttr(WebAttributes.ACCESS_DENIED_403,
                        new MissingCsrfTokenException(null)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This form has expired");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        mvc.perform(logout("/sign-out")).andExpect(redirectedUrl("/sign-in?signed-out")).andExpect(unauthenticated());
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void anAnalystIsRefusedTheConsoleWithAReadablePage() throws Exception {
        mvc.perform(get("/console")).andExpect(status().isForbidden()).andExpect(forwardedUrl("/access-denied"));
        String page = mvc.perform(get("/access-denied")).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You may not see this page");
        mvc.perform(get("/")).andExpect(redirectedUrl("/insights")); // their start page is the dashboard (#18)
    }

    @Test
    void httpBasicDoesNotSignInToThePages() throws Exception {
        mvc.perform(get("/console").with(httpBasic("agent", "demo"))).andExpect(status().isFound());
    }

    @Test
    void thePublicFormNeedsNoSignInAndTheStylesheetIsServed() throws Exception {
        mvc.perform(get("/complaint")).andExpect(status().isOk());
        mvc.perform(get("/css/klachten.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void theApiKeepsItsStatelessChain() throws Exception {
        mvc.perform(get("/api/complaints/x")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
    }
}
