package uk.co.welzo.klachten.platform.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock both sides read "now" from; domain code never reads the system time itself.
 * A test that needs to move time declares its own clock as {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
