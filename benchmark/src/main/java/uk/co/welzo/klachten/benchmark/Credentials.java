package uk.co.welzo.klachten.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the load benchmark signs in, per security mode: the {@code Authorization} header of each caller, made once and
 * reused as a real client would, and what the service must be told to accept them.
 *
 * @param mode        {@code demo} or {@code jwt}
 * @param headers     the header value per caller
 * @param serviceArgs the service's command-line settings for the mode
 */
record Credentials(String mode, Map<Caller, String> headers, List<String> serviceArgs) {

    static final String DEMO_PASSWORD = "demo";

    static Credentials of(String mode, Path dataDir) throws IOException {
        return switch (mode) {
            case "demo" -> demo();
            case "jwt" -> jwt(dataDir);
            default -> throw new IllegalArgumentException("--security is demo, jwt or both, not " + mode);
        };
    }

    /** HTTP Basic as the demo users: the service's default mode. */
    static Credentials demo() {
        Map<Caller, String> headers = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            headers.put(caller, "Basic " + Base64.getEncoder().encodeToString(
                    (caller.user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return new Credentials("demo", headers, List.of("--klachten.security.mode=demo"));
    }

    /**
     * RS256 bearer tokens, one per caller, valid for an hour; the service verifies them with the public key written to
     * {@code dataDir} (Spring Boot's resource server takes a key location instead of an issuer).
     */
    static Credentials jwt(Path dataDir) throws IOException {
        JwtSigner signer = JwtSigner.withNewKeys();
        Path pem = dataDir.resolve("jwt-public-key.pem");
        Files.writeString(pem, signer.publicKeyPem(), StandardCharsets.US_ASCII);
        Instant now = Instant.now();
        Map<Caller, String> headers = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            headers.put(caller, "Bearer " + signer.token(caller.user, List.of(caller.role), now,
                    now.plus(Duration.ofHours(1))));
        }
        return new Credentials("jwt", headers, List.of("--klachten.security.mode=jwt",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem.toAbsolutePath()));
    }

    String header(Caller caller) {
        return headers.get(caller);
    }
}
