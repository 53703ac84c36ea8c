package uk.co.welzo.klachten.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.co.welzo.klachten.platform.dataprotection.PersonalDataSerializer;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Jackson for everything Axon stores or sends (never XStream: it cannot read records back).
 * It starts from Spring's mapper (JavaTime, ISO dates) but reads leniently: the web API refuses
 * unknown properties, while a stored event must stay readable by an older reader after a field
 * was added to it. Axon would otherwise pick up Spring's strict mapper.
 */
@Configuration
@Import(EventUpcasters.class)
public class AxonSerializerConfiguration {

    @Bean
    @Primary
    public Serializer serializer(ObjectMapper springMapper) {
        return jackson(springMapper);
    }

    /** Events, in the event store and the dead-letter queues: personal data encrypted per data subject (R8.2). */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectMapper springMapper, ObjectProvider<SubjectKeys> subjectKeys) {
        return new PersonalDataSerializer(jackson(springMapper), subjectKeys::getObject);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(ObjectMapper springMapper) {
        return jackson(springMapper);
    }

    private static JacksonSerializer jackson(ObjectMapper springMapper) {
        return JacksonSerializer.builder().objectMapper(springMapper.copy()).lenientDeserialization().build();
    }
}
