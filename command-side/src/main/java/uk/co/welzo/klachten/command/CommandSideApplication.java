package uk.co.welzo.klachten.command;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import uk.co.welzo.klachten.platform.PlatformModule;
import org.springframework.context.annotation.Import;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side on its own (distributed configuration: Axon Server); its settings are in command-side.yml. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({PlatformModule.class, CommandSideModule.class})
public class CommandSideApplication {

    public static void main(String[] args) {
        try {
            new SpringApplicationBuilder(CommandSideApplication.class)
                    .properties("spring.config.name=command-side")
                    .run(args);
        } catch (RuntimeException startUpFailed) {
            // Axon's non-daemon janitor thread would keep a half-started JVM alive
            System.exit(1);
        }
    }
}
