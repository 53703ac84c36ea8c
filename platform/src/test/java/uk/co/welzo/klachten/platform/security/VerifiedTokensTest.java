package uk.co.welzo.klachten.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** The identity provider's decoder: accepts "good-..." tokens until their expiry, counts every full check. */
    private final AtomicInteger fullChecks = new AtomicInteger();
    private final JwtDecoder provider = token -> {
        fullChecks.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("signature does not match");
        }
        Instant expiresAt = NOW.plus(Duration.ofMinutes(30));
        if (!now.isBefore(expiresAt)) {
            throw new JwtValidationException("expired", java.util.List.of(new OAuth2Error("invalid_token", "Jwt expired", null)));
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                .issuedAt(NOW).expiresAt(expiresAt).build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(provider, Duration.ofMinutes(5), 100, nanos::get, clock);

    @Test
    void aTokenThatPassedIsNotDecodedAndVerifiedAgainWhileItIsRemembered() {
        Jwt first = tokens.decode("good-1");
        assertThat(tokens.decode("good-1")).isSameAs(first);
        assertThat(tokens.decode("good-1")).isSameAs(first);

        assertThat(fullChecks).hasValue(1);
        assertThat(tokens.remembered()).isOne();
    }

    @Test
    void aTokenThatFailedIsCheckedInFullEveryTimeAndNeverRemembered() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        }

        assertThat(fullChecks).hasValue(3);
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    void anotherTokenIsCheckedInFull() {
        tokens.decode("good-1");
        tokens.decode("good-2");

        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenIsCheckedAgainAfterTheLifetime() {
        tokens.decode("good-1");
        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        now = now.plus(Duration.ofMinutes(5).plusSeconds(1));

        tokens.decode("good-1");

        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenIsNeverHandedOutAfterItsOwnExpiry() {
        VerifiedTokens longLived = new VerifiedTokens(provider, Duration.ofHours(2), 100, nanos::get, clock);
        longLived.decode("good-1");
        now = NOW.plus(Duration.ofMinutes(30));

        assertThatThrownBy(() -> longLived.decode("good-1")).isInstanceOf(JwtValidationException.class);
        assertThat(fullChecks).hasValue(2);
        assertThat(longLived.remembered()).isZero();
    }

    @Test
    void aTokenWithoutExpiryIsNeverRemembered() {
        VerifiedTokens noExpiry = new VerifiedTokens(token -> {
            fullChecks.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("alice").build();
        }, Duration.ofMinutes(5), 100, nanos::get, clock);

        noExpiry.decode("good-1");
        noExpiry.decode("good-1");

        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void zeroLifetimeTurnsTheMemoryOff() {
        VerifiedTokens off = new VerifiedTokens(provider, Duration.ZERO, 100, nanos::get, clock);
        off.decode("good-1");
        off.decode("good-1");

        assertThat(fullChecks).hasValue(2);
        assertThat(off.remembered()).isZero();
    }
}
