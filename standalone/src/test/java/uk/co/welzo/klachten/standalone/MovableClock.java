package uk.co.welzo.klachten.standalone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test moves by hand; registered as the primary Clock, so domain code and the SLA alarm clock read it. */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    void set(Instant instant) {
        now.set(instant);
    }

    void advance(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in UTC");
    }

    /**
     * Puts the given clock into the application context as its primary Clock. Deliberately not a
     * {@code @Configuration}: component scanning would otherwise install it in every test's service.
     */
    static class Installed {

        static MovableClock clock;

        @Bean
        @Primary
        Clock movableClock() {
            return clock;
        }
    }
}
