package uk.co.welzo.klachten.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CorrelationIdFilterTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"test-123", "a.b_C-9", "0123456789012345678901234567890123456789012345678901234567890123"})
    void answersTheCallersIdWhenAcceptable(String id) throws Exception {
        mvc.perform(get("/probes/c-1").with(httpBasic("agent", "demo")).header(CorrelationId.HEADER, id))
                .andExpect(header().string(CorrelationId.HEADER, id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "quote\"d", "line\\nbreak", "ümlaut",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void replacesAnUnacceptableIdWithANewOne(String offered) throws Exception {
        String answered = mvc.perform(get("/probes/c-1").with(httpBasic("agent", "demo"))
                        .header(CorrelationId.HEADER, offered))
                .andReturn().getResponse().getHeader(CorrelationId.HEADER);
        assertThat(answered).isNotEqualTo(offered);
        assertThat(UUID.fromString(answered)).isNotNull();
    }

    @Test
    void givesARequestWithoutAnIdANewOneEvenWhenItIsRefused() throws Exception {
        String answered = mvc.perform(get("/probes/c-1"))
                .andReturn().getResponse().getHeader(CorrelationId.HEADER);
        assertThat(UUID.fromString(answered)).isNotNull();
    }
}
