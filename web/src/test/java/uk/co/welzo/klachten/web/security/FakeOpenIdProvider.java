package uk.co.welzo.klachten.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An OpenID provider in the test's own JVM, speaking the authorization-code flow over real HTTP as Keycloak does: the
 * authorization endpoint "signs in" whoever the test named and redirects back with a code; the token endpoint checks
 * the client's secret, the code and the redirect address and answers with an ID token signed by its RSA key (realm
 * roles in {@code realm_access.roles}); the key set and the end-session endpoint are there too.
 */
final class FakeOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "klachten-web";
    static final String CLIENT_SECRET = "test-only-secret";

    /** Who the next visit to the authorization endpoint signs in. */
    record Person(String userName, List<String> roles) {
    }

    private record Grant(Person person, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key = key("provider-key");
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private volatile Person next;
    private volatile RSAKey signingKey = key;
    private volatile String issuerClaim;
    private volatile int endedSessions;

    FakeOpenIdProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/certs", this::keys);
        server.createContext("/logout", this::endSession);
        server.start();
        issuerClaim = issuer();
    }

    String issuer() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/realms/klachten";
    }

    String endpoint(String path) {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    void signsIn(String userName, String... roles) {
        next = new Person(userName, List.of(roles));
        signingKey = key;
        issuerClaim = issuer();
    }

    /** The next ID token is signed by a key the provider never published. */
    void signsWithAnUnpublishedKey() {
        signingKey = key("forger");
    }

    void issuesAs(String issuer) {
        issuerClaim = issuer;
    }

    int endedSessions() {
        return endedSessions;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || next == null) {
            answer(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, query.get("nonce"), query.get("redirect_uri")));
        redirect(exchange, UriComponentsBuilder.fromUriString(query.get("redirect_uri"))
                .queryParam("code", code).queryParam("state", "{state}").encode()
                .buildAndExpand(query.get("state")).toUriString());
    }

    private void token(HttpExchange exchange) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(body.get("code")));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, Map.of("error", "invalid_client"));
        } else if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            answer(exchange, 400, Map.of("error", "invalid_grant"));
        } else {
            answer(exchange, 200, Map.of(
                    "access_token", UUID.randomUUID().toString(),
                    "token_type", "Bearer",
                    "expires_in", 300,
                    "scope", "openid profile",
                    "id_token", idToken(grant)));
        }
    }

    private void keys(HttpExchange exchange) throws IOException {
        answer(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    private void endSession(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (query.get("id_token_hint") == null || !CLIENT_ID.equals(query.get("client_id"))) {
            answer(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        endedSessions++;
        redirect(exchange, query.get("post_logout_redirect_uri"));
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerClaim)
                .subject(UUID.nameUUIDFromBytes(grant.person().userName().getBytes(StandardCharsets.UTF_8)).toString())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", CLIENT_ID)
                .claim("preferred_username", grant.person().userName())
                .claim("realm_access", Map.of("roles", grant.person().roles()));
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
