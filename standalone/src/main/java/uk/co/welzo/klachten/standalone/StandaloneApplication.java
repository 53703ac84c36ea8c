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
import uk.co.welzo.klachten.web.WebModule;

/**
 * Both sides in one JVM on embedded stores: Axon's JDBC event store on an H2 file, read models
 * and tracking tokens in an in-process MongoDB-wire server on another H2 file. The sides' own
 * application classes are left out; their components and configuration come in by scanning. The pages come in
 * by name, as any application that wants them imports them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// repositories and documents live in the sides' packages, not beside this class
@AutoConfigurationPackage(basePackages = "uk.co.welzo.klachten")
@ComponentScan(basePackages = "uk.co.welzo.klachten", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*SideApplication"),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@Import(WebModule.class)
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
