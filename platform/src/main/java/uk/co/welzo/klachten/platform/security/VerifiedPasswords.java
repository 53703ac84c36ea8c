package uk.co.welzo.klachten.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password check that remembers, for a short while, that a password matched its stored hash, so HTTP Basic (demo
 * mode: the password comes with every request) does not run BCrypt on every request of the same caller.
 *
 * <p>Why it is safe: only successful checks are remembered, and what is remembered is not the password but a keyed
 * HMAC-SHA256 of the stored hash and the password, under a random key that exists only in this process's memory: a
 * heap dump shows no password and nothing to guess one against offline without the key. A wrong password is never
 * remembered and is checked in full, so guessing is as slow as before (requests carrying the very same password at the
 * very same moment wait for one check between them, right or wrong). The entry names the stored hash, so a changed password no longer
 * matches it, and it lives at most {@code lifetime} (after which BCrypt runs again). Whether the user still exists and
 * is enabled is decided before any password check, on every request. Zero {@code lifetime} turns the cache off.
 */
public final class VerifiedPasswords implements PasswordEncoder {

    private static final String HMAC = "HmacSHA256";

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> verified;
    private final SecretKeySpec key;

    public VerifiedPasswords(PasswordEncoder delegate, Duration lifetime, int maximumSize) {
        this(delegate, lifetime, maximumSize, Ticker.systemTicker());
    }

    VerifiedPasswords(PasswordEncoder delegate, Duration lifetime, int maximumSize, Ticker ticker) {
        this.delegate = delegate;
        this.verified = lifetime.isZero() || lifetime.isNegative() ? null : Caffeine.newBuilder()
                .expireAfterWrite(lifetime).maximumSize(maximumSize).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (verified == null || rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String proof = proof(rawPassword, encodedPassword);
        // one check for many requests of the same caller arriving at once (a client starting with many connections):
        // they wait for it, where each ran its own BCrypt and a cold service timed out its first requests (#19); a
        // wrong password is not remembered (null), so the next request checks it in full again
        return verified.get(proof, unused -> delegate.matches(rawPassword, encodedPassword) ? Boolean.TRUE : null) != null;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many successful checks are remembered now (for tests and metrics). */
    long remembered() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String proof(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", impossible);
        }
    }
}
