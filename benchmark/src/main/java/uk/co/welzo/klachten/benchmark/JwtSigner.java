package uk.co.welzo.klachten.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays the identity provider for {@code jwt} mode: an RSA key pair made for the run, RS256 tokens signed with its
 * private key, and its public key as the PEM the service is given ({@code public-key-location}). The JDK signs: no
 * library of ours decides what the service will be asked to verify.
 */
final class JwtSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;

    private JwtSigner(KeyPair keys) {
        this.keys = keys;
    }

    static JwtSigner withNewKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new JwtSigner(generator.generateKeyPair());
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The public key as an X.509 SubjectPublicKeyInfo PEM, which Spring's resource server reads. */
    String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** A token naming {@code user} with {@code roles}, issued now and valid until {@code expires}. */
    String token(String user, List<String> roles, Instant issued, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user);
        claims.put("preferred_username", user);
        claims.put("roles", roles);
        claims.put("iat", issued.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        try {
            String signed = HEADER + "." + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
