package uk.co.welzo.klachten.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import uk.co.welzo.klachten.platform.problem.ProblemDetailsAdvice;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;
import uk.co.welzo.klachten.platform.time.ClockConfiguration;

/**
 * The pages with the platform's security and its API error advice, and nothing of the sides: the tests give the
 * gateways, as the command and query side would over the buses.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WebModule.class, SecurityConfiguration.class, ProblemDetailsAdvice.class, ClockConfiguration.class})
public class PagesTestApplication {
}
