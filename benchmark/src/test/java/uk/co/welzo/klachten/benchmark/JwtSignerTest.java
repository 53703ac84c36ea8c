package uk.co.welzo.klachten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The tokens the load benchmark signs are the ones the service's resource server accepts from a public key file. */
class JwtSignerTest {

    private final JwtSigner signer = JwtSigner.withNewKeys();

    @Test
    void tokenVerifiesWithThePublicKeyAsTheServiceReadsItFromThePem() {
        // what Spring Boot does with spring.security.oauth2.resourceserver.jwt.public-key-location
        RSAPublicKey key = RsaKeyConverters.x509().convert(
                new ByteArrayInputStream(signer.publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
        JwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Jwt jwt = decoder.decode(signer.token("agent", List.of("AGENT"), now, now.plusSeconds(3600)));

        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("agent");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENT");
        assertThat(jwt.getExpiresAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void tokenOfAnotherKeyPairIsRefused() {
        JwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) signer.publicKey()).build();
        Instant now = Instant.now();
        String stranger = JwtSigner.withNewKeys().token("agent", List.of("AGENT"), now, now.plusSeconds(3600));

        assertThatThrownBy(() -> decoder.decode(stranger)).isInstanceOf(BadJwtException.class);
    }
}
