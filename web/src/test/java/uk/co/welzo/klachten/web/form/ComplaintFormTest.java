package uk.co.welzo.klachten.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** The public form's detail (R1, R1.3, R2.2): what it checks, what it sends, and what it refuses to be used for. */
@SpringBootTest(classes = PagesTestApplication.class,
        properties = {"klachten.web.complaint-form.per-minute=1000", "klachten.web.complaint-form.per-hour=1000"})
@AutoConfigureMockMvc
class ComplaintFormTest {

    static final ReferenceNumber REFERENCE = ReferenceNumber.parse("7KQM2XD5" + checkFor("7KQM2XD5"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @Test
    void showsTheFormWithANewComplaintIdAndEveryCategoryInWords() throws Exception {
        String page = mvc.perform(get("/complaint")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("name=\"complaintId\" value=\"[0-9a-f-]{36}\"")
                .contains("name=\"_csrf\"", "Billing or a payment dispute", "A faulty product", "Something else",
                        "<label for=\"name\">", "maxlength=\"200\"", "type=\"email\"", "required");
    }

    @Test
    void lodgesThroughTheGatewayAsTheWebFormAndRedirectsToTheConfirmation() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(REFERENCE);
        MockHttpSession session = new MockHttpSession();
        String id = UUID.randomUUID().toString();
        mvc.perform(valid(id).session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/complaint/" + id + "/confirmation"));

        ArgumentCaptor<LodgeComplaint> sent = ArgumentCaptor.forClass(LodgeComplaint.class);
        verify(commands).sendAndWait(sent.capture());
        LodgeComplaint command = sent.getValue();
        assertThat(command.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(command.actor().name()).isEqualTo("web-form");
        assertThat(command.complaintId().value()).isEqualTo(id);
        assertThat(command.category()).isEqualTo(Category.PRODUCT_DEFECT);
        assertThat(command.complainant().name()).isEqualTo("Ann Example");
        assertThat(command.complainant().email()).isEqualTo("ann@example.org");
        assertThat(command.complainant().phone()).isNull();
        assertThat(command.description()).isEqualTo("The monitor arrived broken\n\nPreferred contact: e-mail");
        assertThat(command.receivedAt()).isNull();

        String confirmation = mvc.perform(get("/complaint/" + id + "/confirmation").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains(REFERENCE.value(), "48 hours", "10 working days");
    }

    @Test
    void aFormSentTwiceLodgesOnceAndShowsTheSameConfirmation() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(REFERENCE);
        MockHttpSession session = new MockHttpSession();
        String id = UUID.randomUUID().toString();
        mvc.perform(valid(id).session(session)).andExpect(redirectedUrl("/complaint/" + id + "/confirmation"));
        mvc.perform(valid(id).session(session)).andExpect(redirectedUrl("/complaint/" + id + "/confirmation"));
        verify(commands, times(1)).sendAndWait(any());
    }

    @Test
    void aConfirmationIsShownOnlyToTheSessionThatSentTheForm() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(REFERENCE);
        String id = UUID.randomUUID().toString();
        mvc.perform(valid(id).session(new MockHttpSession())).andExpect(status().isFound());
        String page = mvc.perform(get("/complaint/" + id + "/confirmation").session(new MockHttpSession()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(REFERENCE.value()).contains("cannot show this confirmation");
    }

    @Test
    void showsEachMistakeNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/complaint").with(csrf())
                        .param("complaintId", UUID.randomUUID().toString())
                        .param("name", " ")
                        .param("email", "not-an-address")
                        .param("description", "<script>alert('x')</script>")
                        .param("contactBy", "EMAIL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("id=\"name-error\"", "Enter your name", "aria-describedby=\"name-error\"")
                .contains("id=\"email-error\"", "Enter an e-mail address in the right form")
                .contains("id=\"category-error\"", "Choose what your complaint is about")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        verify(commands, never()).sendAndWait(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org\r\nBcc: eve@example.org", "ann@exa\nmple.org", "ann@example.org\u2028x",
            "ann\u200B@example.org", "ann@example..org"})
    @DisplayName("R2, issue #15: an e-mail address with a line break or that is malformed is refused at its field; "
            + "nothing is lodged")
    void refusesAnEmailAddressTheAggregateWouldRefuse(String address) throws Exception {
        String page = mvc.perform(form(UUID.randomUUID().toString()).param("email", address).param("contactBy", "EMAIL"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"email-error\"", "Enter an e-mail address in the right form");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void asksForAnAddressOrANumberAndForTheOneChosenForContact() throws Exception {
        String neither = mvc.perform(form(UUID.randomUUID().toString()).param("contactBy", "PHONE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(neither).contains("Enter a phone number, or choose to be contacted by e-mail");

        String tooLong = mvc.perform(form(UUID.randomUUID().toString()).param("contactBy", "EMAIL")
                        .param("email", "ann@example.org").param("orderNumber", "9".repeat(65)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("id=\"orderNumber-error\"", "at most 64 characters");
    }

    @Test
    void anUnknownCategoryIsAMistakeAtItsFieldNotAFault() throws Exception {
        String page = mvc.perform(post("/complaint").with(csrf()).param("complaintId", UUID.randomUUID().toString())
                        .param("name", "Ann Example").param("email", "ann@example.org").param("contactBy", "EMAIL")
                        .param("description", "Broken").param("category", "PIGEON"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"category-error\"", "Choose one of the options given");
    }

    @Test
    void aRefusalNamingAFieldIsShownAtThatField() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new ErrorDetail(ErrorCode.INVALID_INPUT, "complainant.name is required", "complainant.name")));
        String page = mvc.perform(valid(UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"name-error\"", "We could not accept this");
    }

    @Test
    void aFormIdUsedWithOtherDetailsGetsANewIdAndKeepsTheText() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new ErrorDetail(ErrorCode.COMPLAINT_ID_ALREADY_USED, "complaint x was already lodged")));
        String id = UUID.randomUUID().toString();
        String page = mvc.perform(valid(id)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("already sent with other details", "The monitor arrived broken")
                .doesNotContain("value=\"" + id + "\"");
    }

    @Test
    void aFaultIsAPageWithAnIncidentNotProblemJson() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new IllegalStateException("the bus is down"));
        MvcResult result = mvc.perform(valid(UUID.randomUUID().toString()))
                .andExpect(status().isInternalServerError()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result.getResponse().getContentAsString()).contains("quote incident").doesNotContain("the bus is down");
    }

    @Test
    void withoutItsCsrfTokenTheFormIsRefusedWithAReadablePage() throws Exception {
        mvc.perform(post("/complaint").param("name", "Ann"))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/access-denied"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aFilledHoneypotPretendsSuccessAndLodgesNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String id = UUID.randomUUID().toString();
        mvc.perform(valid(id).param("website", "https://spam.example").session(session))
                .andExpect(redirectedUrl("/complaint/" + id + "/confirmation"));
        mvc.perform(get("/complaint/" + id + "/confirmation").session(session)).andExpect(status().isOk());
        verify(commands, never()).sendAndWait(any());
    }

    static MockHttpServletRequestBuilder valid(String id) {
        return form(id).param("email", "ann@example.org").param("contactBy", "EMAIL");
    }

    static MockHttpServletRequestBuilder form(String id) {
        return post("/complaint").with(csrf())
                .param("complaintId", id)
                .param("name", "Ann Example")
                .param("category", "PRODUCT_DEFECT")
                .param("description", "The monitor arrived broken")
                .param("website", "");
    }

    private static char checkFor(String data) {
        for (char candidate : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            try {
                ReferenceNumber.parse(data + candidate);
                return candidate;
            } catch (RuntimeException wrong) {
                // not this one
            }
        }
        throw new IllegalStateException();
    }
}
