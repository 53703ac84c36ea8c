package uk.co.welzo.klachten.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The field an error is about crosses the bus, and a detail written before it existed still reads. */
class ErrorDetailTest {

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void carriesTheFieldAcrossTheBus() throws Exception {
        ErrorDetail detail = new ErrorDetail(ErrorCode.OCCURRED_IN_FUTURE, "in the future", "occurredAt");
        assertThat(json.readValue(json.writeValueAsString(detail), ErrorDetail.class)).isEqualTo(detail);
    }

    @Test
    void readsADetailWrittenWithoutAField() throws Exception {
        ErrorDetail old = json.readValue("{\"code\":\"COMPLAINT_ALREADY_CLOSED\",\"message\":\"closed\"}", ErrorDetail.class);
        assertThat(old).isEqualTo(new ErrorDetail(ErrorCode.COMPLAINT_ALREADY_CLOSED, "closed"));
        assertThat(old.field()).isNull();
    }

    @Test
    void writesNoFieldWhenThereIsNone() throws Exception {
        assertThat(json.writeValueAsString(new ErrorDetail(ErrorCode.COMPLAINT_ALREADY_CLOSED, "closed")))
                .doesNotContain("field");
    }
}
