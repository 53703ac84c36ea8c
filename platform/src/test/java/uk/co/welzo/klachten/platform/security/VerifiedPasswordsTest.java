package uk.co.welzo.klachten.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    /** BCrypt, counting how often it really checks a password. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), 100, nanos::get);
    private final String stored = bcrypt.encode("demo");

    @Test
    void aPasswordThatMatchedIsNotHashedAgainWhileItIsRemembered() {
        assertThat(passwords.matches("demo", stored)).isTrue();
        assertThat(passwords.matches("demo", stored)).isTrue();
        assertThat(passwords.matches("demo", stored)).isTrue();

        assertThat(bcrypt.checks).hasValue(1);
        assertThat(passwords.remembered()).isOne();
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedInFullAndNeverRemembered() {
        assertThat(passwords.matches("demo", stored)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("guess", stored)).isFalse();
        }

        assertThat(bcrypt.checks).hasValue(4);
        assertThat(passwords.remembered()).as("only the success").isOne();
    }

    @Test
    void manyRequestsOfOneCallerArrivingAtOnceShareOneCheck() throws Exception {
        int callers = 16;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(callers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return passwords.matches("demo", stored);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(bcrypt.checks).as("one BCrypt, not one per request").hasValue(1);
    }

    @Test
    void aChangedPasswordOrAnExpiredEntryIsCheckedAgain() {
        assertThat(passwords.matches("demo", stored)).isTrue();
        String changed = bcrypt.encode("demo");
        assertThat(passwords.matches("demo", changed)).as("another stored hash is another entry").isTrue();
        assertThat(bcrypt.checks).hasValue(2);

        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        assertThat(passwords.matches("demo", stored)).isTrue();
        assertThat(bcrypt.checks).as("expired after its lifetime").hasValue(3);
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedPasswords off = new VerifiedPasswords(bcrypt, Duration.ZERO, 100, Ticker.systemTicker());
        off.matches("demo", stored);
        off.matches("demo", stored);

        assertThat(bcrypt.checks).hasValue(2);
        assertThat(off.remembered()).isZero();
    }
}
