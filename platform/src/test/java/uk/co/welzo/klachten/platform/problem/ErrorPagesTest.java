package uk.co.welzo.klachten.platform.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static uk.co.welzo.klachten.platform.ProblemMatchers.problem;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Answers given outside the controllers, and to clients that ask for or send XML, are problem+json too. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = {"INTAKE", "AGENT"})
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersTheContainersErrorPageWithTheStatusItSet() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/probes/x").accept(MediaType.TEXT_HTML))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.instance").value("/probes/x"));
    }

    @Test
    void answersAFailureThatEscapedToTheErrorPageAsAnIncident() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
                .andExpect(problem(500, "INTERNAL_ERROR", "internal-error"))
                .andExpect(jsonPath("$.incident").isNotEmpty());
    }

    @Test
    void answersABodyTheContainerRefusedWhileItWasReadAsInvalidInput() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new org.apache.coyote.BadRequestException("Invalid chunk header")))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"))
                .andExpect(jsonPath("$.incident").doesNotExist());
    }

    @Test
    void answersTheErrorPageAskedForDirectlyAsNotFound() throws Exception {
        mvc.perform(post("/error").accept(MediaType.APPLICATION_XML))
                .andExpect(problem(404, "NOT_FOUND", "not-found"));
    }

    @Test
    void refusesAnXmlBodyAsUnsupportedMediaType() throws Exception {
        mvc.perform(post("/probes").contentType(MediaType.APPLICATION_XML).content("<probe><summary>x</summary></probe>"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE", "unsupported-media-type"));
    }

    @Test
    void answersAClientThatAcceptsOnlyXmlWithProblemJson() throws Exception {
        mvc.perform(get("/probes/aggregate-not-found").accept(MediaType.APPLICATION_XML))
                .andExpect(problem(404, "COMPLAINT_NOT_FOUND", "complaint-not-found"));
    }

    @Test
    void answersAnUnparseableAcceptWithProblemJson() throws Exception {
        mvc.perform(get("/probes/aggregate-not-found").header("Accept", "a/b/c"))
                .andExpect(problem(404, "COMPLAINT_NOT_FOUND", "complaint-not-found"));
    }

    @Test
    void answersXmlThatCannotBeParsedAsUnsupportedRatherThanFailing() throws Exception {
        mvc.perform(post("/probes").contentType(MediaType.APPLICATION_XML).content("not xml at all"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE", "unsupported-media-type"));
    }

    @Test
    void refusesAWildcardContentTypeAsUnsupportedMediaType() throws Exception {
        mvc.perform(post("/probes").header("Content-Type", "application/*").content("{}"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE", "unsupported-media-type"));
    }

    @Test
    void answersABodyTheContainerCannotReadAsInvalidInput() throws Exception {
        mvc.perform(get("/probes/broken-body"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"));
    }

    @Test
    void answersAPathTheFirewallRefusesAsInvalidInput() throws Exception {
        mvc.perform(get("/probes/a;b=c"))
                .andExpect(problem(400, "INVALID_INPUT", "invalid-input"));
    }
}
