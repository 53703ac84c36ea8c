package uk.co.welzo.klachten.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.co.welzo.klachten.web.PagesTestApplication;

/** One address may send the form only so often; the next send is a readable 429 and lodges nothing. */
@SpringBootTest(classes = PagesTestApplication.class,
        properties = {"klachten.web.complaint-form.per-minute=2", "klachten.web.complaint-form.per-hour=10"})
@AutoConfigureMockMvc
class FormRateLimitTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @Test
    void theThirdSendInAMinuteFromOneAddressIsRefusedWith429() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(ComplaintFormTest.REFERENCE);
        mvc.perform(fromAddress("192.0.2.10")).andExpect(status().isFound());
        mvc.perform(fromAddress("192.0.2.10")).andExpect(status().isFound());
        String page = mvc.perform(fromAddress("192.0.2.10"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Too many complaints sent from here", "Crawford Street");
        mvc.perform(fromAddress("192.0.2.11")).andExpect(status().isFound());
        verify(commands, times(3)).sendAndWait(any());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder fromAddress(String address) {
        return ComplaintFormTest.valid(UUID.randomUUID().toString()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }
}
