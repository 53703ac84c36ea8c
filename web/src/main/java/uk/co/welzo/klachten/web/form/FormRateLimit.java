package uk.co.welzo.klachten.web.form;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Bucket4j token buckets per client address for sending the public form. An address that went quiet for an hour is
 * forgotten, and at most 100,000 are remembered, so a flood of addresses costs bounded memory. Behind a reverse
 * proxy the address is the proxy's unless Boot is told to trust forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
@EnableConfigurationProperties(ComplaintFormProperties.class)
class FormRateLimit {

    private final ComplaintFormProperties limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    FormRateLimit(ComplaintFormProperties limits) {
        this.limits = limits;
    }

    /** Takes one send for the address; empty when allowed, otherwise the seconds to wait. */
    OptionalLong take(String clientAddress) {
        ConsumptionProbe probe = buckets.get(clientAddress, address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.perMinute()).refillGreedy(limits.perMinute(), Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(limits.perHour()).refillGreedy(limits.perHour(), Duration.ofHours(1)))
                .build();
    }
}
