package uk.co.welzo.klachten.query;

import java.io.IOException;

import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The distributed configuration binds as Axon reads it: a misspelt key would silently fall back to defaults. */
class QuerySideSettingsTest {

    @Test
    void runsEveryReadModelOnAPooledProcessorWithBatchesOfAHundred() throws IOException {
        Binder binder = binderFor("query-side.yml");

        var processors = binder.bind("axon.eventhandling", EventProcessorProperties.class).get().getProcessors();
        for (String group : new String[] {"cases", "queue", "sla", "trends", "improvement", "deadline-alarms", "retention",
                "correspondence", "automatic-acknowledgement", "data-protection"}) {
            EventProcessorProperties.ProcessorSettings settings = processors.get(group);
            assertThat(settings).as(group).isNotNull();
            assertThat(settings.getMode()).as(group).isEqualTo(EventProcessorProperties.Mode.POOLED);
            assertThat(settings.getBatchSize()).as(group).isEqualTo(100);
        }
        assertThat(binder.bind("axon.update-check.disabled", Boolean.class).get()).isTrue();
        assertThat(binder.bind("klachten.acknowledgement.automatic", Boolean.class).get())
                .as("R2, issue #15: written complaints are acknowledged automatically unless turned off").isTrue();
        assertThat(binder.bind("axon.serializer.events", String.class).get()).isEqualTo("jackson");
        assertThat(binder.bind("spring.data.mongodb.uri", String.class).get())
                .isEqualTo("mongodb://localhost:27017/klachten");
    }

    @Test
    void boundsEverySmtpWaitAndLeavesTheMailHostUnsetSoLettersAreHeldUntilOneIsGiven() throws IOException {
        Binder binder = binderFor("query-side.yml");

        assertThat(binder.bind("spring.mail.host", String.class).isBound()).isFalse();
        assertThat(binder.bind("spring.mail.properties",
                org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class)).get())
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000");
    }

    @Test
    void logsJsonAndShowsOperatorsOnlyHealthInfoAndMetrics() throws IOException {
        Binder binder = binderFor("query-side.yml");

        assertThat(binder.bind("logging.structured.format.console", String.class).get()).isEqualTo("ecs");
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get())
                .isEqualTo("health,info,prometheus");
        assertThat(binder.bind("management.endpoint.health.probes.enabled", Boolean.class).get()).isTrue();
        assertThat(binder.bind("management.endpoint.health.group.readiness.include", String.class).get())
                .isEqualTo("readinessState,eventStore,mongo");
        assertThat(binder.bind("axon.metrics.micrometer.dimensional", Boolean.class).get()).isTrue();
    }

    private static Binder binderFor(String file) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        // the file's defaults, not whatever this machine happens to export
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
                .forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment),
                new PropertySourcesPlaceholdersResolver(environment));
    }
}
