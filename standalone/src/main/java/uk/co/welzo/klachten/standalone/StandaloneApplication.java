package uk.co.welzo.klachten.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import uk.co.welzo.klachten.command.CommandSideModule;
import uk.co.welzo.klachten.platform.PlatformModule;
import uk.co.welzo.klachten.query.QuerySideModule;
import uk.co.welzo.klachten.web.WebModule;

/**
 * Both sides in one JVM on embedded stores: Axon's JDBC event store on an H2 file, read models
 * and tracking tokens in an in-process MongoDB-wire server on another H2 file. The modules come in
 * by name, each through its one entry point; this package adds the embedded stores.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// the read models' documents live in the query side's packages, not beside this class
@AutoConfigurationPackage(basePackageClasses = {CommandSideModule.class, QuerySideModule.class})
@Import({PlatformModule.class, CommandSideModule.class, QuerySideModule.class, WebModule.class})
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class StandaloneApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(StandaloneApplication.class, args);
        } catch (Throwable failedStartUp) {
            // Boot has logged why; Axon's non-daemon janitor thread would keep the JVM alive
            System.exit(1);
        }
    }
}
