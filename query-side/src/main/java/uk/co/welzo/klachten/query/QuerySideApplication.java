package uk.co.welzo.klachten.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import uk.co.welzo.klachten.platform.PlatformModule;
import org.springframework.context.annotation.Import;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side on its own, for the distributed configuration (Axon Server + MongoDB). Thymeleaf is here only to write
 * letters with an engine of their own: this JSON API resolves no views, so Boot's page set-up stays out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = ThymeleafAutoConfiguration.class)
@Import({PlatformModule.class, QuerySideModule.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        try {
            // a library jar must not ship application.yml: the standalone brings its own
            new SpringApplicationBuilder(QuerySideApplication.class)
                    .properties("spring.config.name=query-side")
                    .run(args);
        } catch (Throwable failedStartUp) {
            // Boot has logged why; Axon's non-daemon janitor thread would keep the JVM alive
            System.exit(1);
        }
    }
}
