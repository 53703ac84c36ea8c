package uk.co.welzo.klachten.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import uk.co.welzo.klachten.platform.PlatformModule;

/**
 * The pages on their own, the third service of the distributed stack: the public complaint form and the staff console,
 * sending commands and queries through Axon Server to the command and query sides (settings in web.yml).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PlatformModule.class, WebModule.class})
public class WebApplication {

    public static void main(String[] args) {
        try {
            // a library jar must not ship application.yml: the standalone brings its own
            new SpringApplicationBuilder(WebApplication.class)
                    .properties("spring.config.name=web")
                    .run(args);
        } catch (Throwable failedStartUp) {
            // Boot has logged why; Axon's non-daemon janitor thread would keep the JVM alive
            System.exit(1);
        }
    }
}
