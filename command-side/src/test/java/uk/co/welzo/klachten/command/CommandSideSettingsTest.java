package uk.co.welzo.klachten.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The distributed command side's operations settings bind as written: a misspelt key falls back silently. */
class CommandSideSettingsTest {

    @Test
    void logsJsonAndShowsOperatorsOnlyHealthInfoAndMetrics() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        // the file's defaults, not whatever this machine happens to export
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        new YamlPropertySourceLoader().load("command-side.yml", new ClassPathResource("command-side.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.get(environment),
                new PropertySourcesPlaceholdersResolver(environment));

        assertThat(binder.bind("logging.structured.format.console", String.class).get()).isEqualTo("ecs");
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get())
                .isEqualTo("health,info,prometheus");
        assertThat(binder.bind("management.endpoint.health.probes.enabled", Boolean.class).get()).isTrue();
        assertThat(binder.bind("management.endpoint.health.group.readiness.include", String.class).get())
                .isEqualTo("readinessState,eventStore");
        assertThat(binder.bind("axon.metrics.micrometer.dimensional", Boolean.class).get()).isTrue();
    }
}
