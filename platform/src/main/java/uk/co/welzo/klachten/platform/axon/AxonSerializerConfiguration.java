package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;

/**
 * Jackson for everything Axon stores or sends (never XStream: it cannot read records back).
 * It starts from Spring's mapper (JavaTime, ISO dates) but reads leniently: the web API refuses
 * unknown properties, while a stored event must stay readable by an older reader after a field
 * was added to it. Axon would otherwise pick up Spring's strict mapper.
 */
@Configuration
public class AxonSerializerConfiguration {

    @Bean
    @Primary
    public Serializer serializer(ObjectMapper springMapper) {
        return jackson(springMapper);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectMapper springMapper) {
        return jackson(springMapper);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(ObjectMapper springMapper) {
        return jackson(springMapper);
    }

    /** The first upcaster: events stored before revisions existed are revision 1 (Axon registers every upcaster bean). */
    @Bean
    @Order(0)
    public FirstRevisionUpcaster firstRevisionUpcaster() {
        return new FirstRevisionUpcaster();
    }

    /** Resolutions stored before they named the communication that told the findings (R3.3) and the review (R4.2). */
    @Bean
    @Order(1)
    public ComplaintResolvedRevisionTwo complaintResolvedRevisionTwo() {
        return new ComplaintResolvedRevisionTwo();
    }

    /** Escalations forwarded before the manager was named by user name (R4.2). */
    @Bean
    @Order(1)
    public EscalationAcknowledgedRevisionTwo escalationAcknowledgedRevisionTwo() {
        return new EscalationAcknowledgedRevisionTwo();
    }

    private static Serializer jackson(ObjectMapper springMapper) {
        return JacksonSerializer.builder().objectMapper(springMapper.copy()).lenientDeserialization().build();
    }
}
