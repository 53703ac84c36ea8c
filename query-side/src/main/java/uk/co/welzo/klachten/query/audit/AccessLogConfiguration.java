package uk.co.welzo.klachten.query.audit;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;

/**
 * Puts the access-log interceptor on the web layer. The log is looked up lazily: web slices
 * (@WebMvcTest) pick up this configurer but have no MongoDB, and then record nothing.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<AccessLog> log;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<CaseEvents> events;

    AccessLogConfiguration(ObjectProvider<AccessLog> log, ObjectProvider<Clock> clock, ObjectProvider<CaseEvents> events) {
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        AccessLog available = log.getIfAvailable();
        if (available != null) {
            CaseEvents store = events.getIfAvailable();
            registry.addInterceptor(new AccessLogInterceptor(available, clock.getIfAvailable(Clock::systemUTC),
                    reference -> store == null ? Optional.empty() : complaintIdOf(store, reference)));
        }
    }

    private static Optional<String> complaintIdOf(CaseEvents store, String reference) {
        try {
            return store.complaintIdOf(ReferenceNumber.parse(reference));
        } catch (InvalidReferenceNumber mistyped) {
            return Optional.empty();
        }
    }
}
