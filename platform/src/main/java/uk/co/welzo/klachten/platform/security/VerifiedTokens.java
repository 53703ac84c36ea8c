package uk.co.welzo.klachten.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token check that remembers, for a short while, a bearer token it has already verified, so a client sending the
 * same token with every request (as every client does until it expires) does not have it decoded, its signature
 * verified and its claims validated again on every request. Decoding a token (Nimbus' constant-time Base64) and
 * checking its RS256 signature was the largest part of a request's CPU in {@code jwt} mode (#19).
 *
 * <p>Why it is safe: a JWT cannot change without its signature no longer matching, so the same token string verified
 * once verifies again, until a time-bound claim says otherwise. Only tokens that passed the full check of the
 * {@code delegate} (signature, issuer, audience, expiry) are remembered; a token that failed is checked in full every
 * time. A remembered token is handed out only while it has not expired ({@code exp}) and at most {@code lifetime} after
 * it was verified, after which the delegate checks it again (a signing key the identity provider has withdrawn is
 * then noticed within {@code lifetime}). Nothing a resource server could revoke before is lost: a resource server
 * never asks the provider about a token it can verify on its own. The token is already in this process's memory for
 * the request; the cache holds at most {@code maximumSize} of them. Zero {@code lifetime} turns it off.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    public VerifiedTokens(JwtDecoder delegate, Duration lifetime, int maximumSize) {
        this(delegate, lifetime, maximumSize, Ticker.systemTicker(), Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder delegate, Duration lifetime, int maximumSize, Ticker ticker, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = lifetime.isZero() || lifetime.isNegative() ? null : Caffeine.newBuilder()
                .expireAfterWrite(lifetime).maximumSize(maximumSize).ticker(ticker).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (verified == null || token == null) {
            return delegate.decode(token);
        }
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            if (stillValid(known)) {
                return known;
            }
            verified.invalidate(token);
        }
        Jwt jwt = delegate.decode(token);
        if (stillValid(jwt)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** A token without an expiry is never remembered: it is checked in full each time. */
    private boolean stillValid(Jwt jwt) {
        Instant now = clock.instant();
        Instant expiresAt = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return expiresAt != null && now.isBefore(expiresAt) && (notBefore == null || !now.isBefore(notBefore));
    }

    /** How many verified tokens are remembered now (for tests). */
    long remembered() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
