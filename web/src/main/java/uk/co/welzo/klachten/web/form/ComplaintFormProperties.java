package uk.co.welzo.klachten.web.form;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code klachten.web.complaint-form.*}: how many complaints one client address may send.
 *
 * @param perMinute sends a minute from one address (a burst: a person correcting and resending)
 * @param perHour   sends an hour from one address
 */
@ConfigurationProperties("klachten.web.complaint-form")
public record ComplaintFormProperties(
        @DefaultValue("5") int perMinute,
        @DefaultValue("20") int perHour) {
}
