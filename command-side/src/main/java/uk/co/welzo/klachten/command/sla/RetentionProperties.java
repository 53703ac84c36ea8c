package uk.co.welzo.klachten.command.sla;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code klachten.policy.retention.*} settings (R8.2): how long after a complaint ended (closed or withdrawn) its
 * complainant's personal data is kept before the retention clock erases it. The query side's retention clock reads the
 * same property for complaints that ended before the retention policy was recorded in events.
 */
@ConfigurationProperties("klachten.policy.retention")
public record RetentionProperties(@DefaultValue("P6Y") Period personalData) {
}
