package uk.co.welzo.klachten.platform.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes the JSON API strict: a misspelt property, an unknown enum value or a null for a number is a
 * 400 naming the field rather than a silently different request. Done in code because each
 * application has its own properties file.
 *
 * <p>The application's mapper (which Axon copies for the event store) only gets what it has always had;
 * request bodies are read by a stricter copy ({@link StrictJson}), and instants in query parameters by
 * {@link IsoTime}, so that history written under looser rules stays readable while new input is refused.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictApiJson() {
        return builder -> builder
                .modulesToInstall(new JavaTimeModule())
                .featuresToEnable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .featuresToDisable(
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                        SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }

    @Bean
    WebMvcConfigurer strictRequestInput() {
        return new WebMvcConfigurer() {

            /** A new converter rather than a changed one: Spring Boot shares its converter beans with HTTP clients. */
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                        ? strict((MappingJackson2HttpMessageConverter) converter) : converter);
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatterForFieldType(Instant.class, new IsoInstantFormatter());
            }
        };
    }

    private static MappingJackson2HttpMessageConverter strict(MappingJackson2HttpMessageConverter shared) {
        MappingJackson2HttpMessageConverter strict = new MappingJackson2HttpMessageConverter(StrictJson.from(shared.getObjectMapper()));
        strict.setSupportedMediaTypes(shared.getSupportedMediaTypes());
        return strict;
    }

    /** Query parameters: the same instants as in bodies, no epoch millis, no year past 9999 (a 500 further in). */
    private static final class IsoInstantFormatter implements Formatter<Instant> {

        @Override
        public Instant parse(String text, Locale locale) {
            return IsoTime.instant(text);
        }

        @Override
        public String print(Instant instant, Locale locale) {
            return instant.toString();
        }
    }
}
