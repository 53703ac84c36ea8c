package uk.co.welzo.klachten.query.automation.correspondence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;

/**
 * The preview over HTTP: who may ask, and every answer as the client reads it, through a real query bus (the preview's
 * handler asks the bus for the case view, answered here from sample cases).
 */
@WebMvcTest(LetterController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, LetterRules.class, LetterControllerTest.Bus.class})
class LetterControllerTest {

    private static final String SIGNPOSTING = "{\"signposting\":\"Citizens Advice, 0800 144 8848\"}";

    @TestConfiguration
    static class Bus {
        @Bean
        QueryGateway queries() {
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            QueryGateway gateway = DefaultQueryGateway.builder().queryBus(bus).build();
            new AnnotationQueryHandlerAdapter<>(new SampleCaseViews()).subscribe(bus);
            new AnnotationQueryHandlerAdapter<>(new LetterPreviewHandler(gateway, SampleCases.templates())).subscribe(bus);
            return gateway;
        }
    }

    /** The cases read model's answer, for two sample complaints. */
    static class SampleCaseViews {
        private final Map<String, ComplaintView> views = Map.of(
                "acknowledged-1", SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"),
                "final-1", SampleCases.at(LetterKind.FINAL_RESPONSE, "Sam <b>Lee</b>"));

        @QueryHandler
        Optional<ComplaintView> handle(FindComplaint query) {
            return Optional.ofNullable(views.get(query.complaintId().value()));
        }
    }

    @Autowired
    MockMvc mvc;

    private ResultActions preview(String user, String path, String body, String... acceptLanguage) throws Exception {
        var request = post("/api/complaints/" + path + "/preview").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (acceptLanguage.length > 0) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage[0]);
        }
        return mvc.perform(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "head", "manager"})
    void answersTheLetterAsItWouldBeSentToTheRolesWritingToCustomers(String user) throws Exception {
        preview(user, "acknowledged-1/letters/ACKNOWLEDGEMENT", "{}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.kind").value("ACKNOWLEDGEMENT"))
                .andExpect(jsonPath("$.subject").value("Your complaint 7KQ-M2X-D5C (Sam Lee): we have received it"))
                .andExpect(jsonPath("$.text", containsString("by Tuesday 12 January 2027")))
                .andExpect(jsonPath("$.html", containsString("<p>Dear Sam Lee,</p>")))
                .andExpect(jsonPath("$.templateVersion").value("acknowledgement/1"))
                .andExpect(jsonPath("$.language").value("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "auditor", "intake", "admin"})
    void refusesEveryOtherRoleBeforeReadingTheRequest_R8_1(String user) throws Exception {
        preview(user, "acknowledged-1/letters/NO_SUCH_LETTER", "{not json")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void asksWhoIsCallingFirst() throws Exception {
        mvc.perform(post("/api/complaints/acknowledged-1/letters/ACKNOWLEDGEMENT/preview")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void writesInTheLanguageTheBodyOrTheAcceptLanguageHeaderAsksFor() throws Exception {
        preview("agent", "acknowledged-1/letters/acknowledgement", "{}", "nl-NL, en;q=0.5")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("nl"))
                .andExpect(jsonPath("$.text", containsString("dinsdag 12 januari 2027")));
        preview("agent", "acknowledged-1/letters/acknowledgement", "{\"language\":\"en\"}", "nl")
                .andExpect(jsonPath("$.language").value("en"));
        preview("agent", "acknowledged-1/letters/acknowledgement", "{}", "fr, de;q=0.4")
                .andExpect(jsonPath("$.language").value("en"));
    }

    @Test
    void escapesTheCustomersNameInTheHtmlLetter() throws Exception {
        preview("agent", "final-1/letters/FINAL_RESPONSE", SIGNPOSTING)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.html", containsString("Dear Sam &lt;b&gt;Lee&lt;/b&gt;,")))
                .andExpect(jsonPath("$.html", not(containsString("<b>Lee"))));
    }

    @Test
    void answersAnUnknownComplaintWithNotFound() throws Exception {
        preview("agent", "nobody-1/letters/ACKNOWLEDGEMENT", "{}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("COMPLAINT_NOT_FOUND"));
    }

    @Test
    void refusesAFinalResponseWithoutSignpostingNamingTheField_R4_5() throws Exception {
        preview("agent", "final-1/letters/FINAL_RESPONSE", "{\"findings\":\"We found the fault.\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("LETTER_SIGNPOSTING_MISSING"))
                .andExpect(jsonPath("$.errors[0].field").value("signposting"));
    }

    @Test
    void refusesALetterThatDoesNotFitTheComplaintsStateAsABrokenRule() throws Exception {
        preview("agent", "acknowledged-1/letters/FINAL_RESPONSE", SIGNPOSTING)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LETTER_NOT_APPLICABLE"))
                .andExpect(jsonPath("$.detail", containsString("while it is UNDER_INVESTIGATION")));
    }

    @Test
    void namesAnUnknownLetterAMalformedIdAndABadLanguage() throws Exception {
        preview("agent", "acknowledged-1/letters/LOVE_LETTER", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        preview("agent", "-bad/letters/ACKNOWLEDGEMENT", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("complaintId"));
        preview("agent", "acknowledged-1/letters/ACKNOWLEDGEMENT", "{\"language\":\"fr\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
    }
}
