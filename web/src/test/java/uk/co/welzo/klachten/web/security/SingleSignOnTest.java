package uk.co.welzo.klachten.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.web.PagesTestApplication;

/**
 * Single sign-on over real HTTP (issue #18): a browser-like client keeping cookies goes from the console to the sign-in
 * page, to an OpenID provider running in this JVM ({@link FakeOpenIdProvider}) and back with a code, which the pages
 * exchange for a signed ID token. The person's realm roles decide what they see and their user name is the actor of
 * what they do; signing out ends both sessions.
 */
@SpringBootTest(classes = PagesTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTest {

    static final FakeOpenIdProvider PROVIDER = new FakeOpenIdProvider();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void signOnThroughTheProvider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.keycloak.";
        String provider = "spring.security.oauth2.client.provider.keycloak.";
        properties.add("klachten.security.mode", () -> "jwt");
        properties.add("klachten.security.jwt.roles-claim", () -> "realm_access.roles");
        properties.add(registration + "client-id", () -> FakeOpenIdProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> FakeOpenIdProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Keycloak");
        properties.add(registration + "authorization-grant-type", () -> "authorization_code");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add(provider + "authorization-uri", () -> PROVIDER.endpoint("/auth"));
        properties.add(provider + "token-uri", () -> PROVIDER.endpoint("/token"));
        properties.add(provider + "jwk-set-uri", () -> PROVIDER.endpoint("/certs"));
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> PROVIDER.endpoint("/certs"));
        properties.add("klachten.web.single-sign-on.issuer", PROVIDER::issuer);
        properties.add("klachten.web.single-sign-on.end-session-uri", () -> PROVIDER.endpoint("/logout"));
        // behind the stack's proxy, as the pages' own service runs (web.yml)
        properties.add("server.forward-headers-strategy", () -> webYml().getProperty("server.forward-headers-strategy"));
    }

    private static java.util.Properties webYml() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("web.yml"));
        return yaml.getObject();
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    private final Browser browser = new Browser();

    @Test
    void anAgentSignsInAtTheProviderSeesTheConsoleAndActsUnderTheirOwnName() throws Exception {
        when(queries.query(any(FindWorkQueue.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new WorkQueuePage(List.of(), 0, 20, 0)));
        PROVIDER.signsIn("alex.agent", "AGENT", "offline_access");

        HttpResponse<String> signIn = browser.get(app("/console"));
        assertThat(signIn.uri().getPath()).isEqualTo("/sign-in");
        assertThat(signIn.body()).contains("href=\"/oauth2/authorization/keycloak\"",
                "Sign in with your staff account (Keycloak)").doesNotContain("name=\"password\"");

        HttpResponse<String> console = browser.get(app("/oauth2/authorization/keycloak"));
        assertThat(browser.visited()).anyMatch(uri -> uri.startsWith(PROVIDER.endpoint("/auth")))
                .anyMatch(uri -> uri.startsWith(app("/login/oauth2/code/keycloak")));
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.uri().getPath()).isEqualTo("/console"); // where they were going before signing in
        assertThat(console.body()).contains("You are signed in as alex.agent", "Customer-service agent", "Sign out");

        HttpResponse<String> noted = browser.post(app("/console/cases/c-1/note"),
                Map.of("_csrf", csrf(console.body()), "note", "Called the depot"));
        assertThat(noted.statusCode()).isEqualTo(302);
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(RecordInvestigationNote.class,
                note -> assertThat(note.actor()).isEqualTo(new Actor("alex.agent")));
    }

    @Test
    void anAnalystSignedInThroughTheProviderIsRefusedTheConsole() throws Exception {
        PROVIDER.signsIn("ana.analyst", "ANALYST");
        browser.get(app("/sign-in"));
        HttpResponse<String> start = browser.get(app("/oauth2/authorization/keycloak"));
        assertThat(start.body()).contains("ana.analyst");
        HttpResponse<String> console = browser.get(app("/console"));
        assertThat(console.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        when(queries.query(any(FindWorkQueue.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new WorkQueuePage(List.of(), 0, 20, 0)));
        PROVIDER.signsIn("hana.head", "HEAD_OF_CUSTOMER_SERVICE");
        browser.get(app("/console"));
        HttpResponse<String> console = browser.get(app("/oauth2/authorization/keycloak"));
        assertThat(console.uri().getPath()).isEqualTo("/console");
        int ended = PROVIDER.endedSessions();

        HttpResponse<String> signedOut = browser.post(app("/sign-out"), Map.of("_csrf", csrf(console.body())));
        assertThat(PROVIDER.endedSessions()).isEqualTo(ended + 1);
        assertThat(signedOut.uri().toString()).isEqualTo(app("/sign-in?signed-out"));
        assertThat(signedOut.body()).contains("You are signed out.");
        assertThat(browser.get(app("/console")).uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void anIdTokenFromAnotherIssuerOrWithAnUnpublishedKeySignsNobodyIn() throws Exception {
        PROVIDER.signsIn("mallory", "ADMIN", "AGENT");
        PROVIDER.issuesAs("http://127.0.0.1:1/realms/klachten");
        HttpResponse<String> refused = browser.get(app("/oauth2/authorization/keycloak"));
        assertThat(refused.uri().toString()).isEqualTo(app("/sign-in?failed"));
        assertThat(refused.body()).contains("Signing in through single sign-on did not work");
        assertThat(browser.get(app("/console")).uri().getPath()).isEqualTo("/sign-in");

        PROVIDER.signsIn("mallory", "ADMIN", "AGENT");
        PROVIDER.signsWithAnUnpublishedKey();
        assertThat(browser.get(app("/oauth2/authorization/keycloak")).uri().toString()).isEqualTo(app("/sign-in?failed"));
        assertThat(browser.get(app("/console")).uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void behindTheProxyTheProviderSendsPeopleBackToThePublicAddressPortIncluded() throws Exception {
        HttpResponse<String> toProvider = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app("/oauth2/authorization/keycloak")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "klachten.example:8443")
                .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(toProvider.headers().firstValue("Location").orElseThrow()).startsWith(PROVIDER.endpoint("/auth"))
                .contains("redirect_uri=https://klachten.example:8443/login/oauth2/code/keycloak");
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** Follows redirects itself, so the test sees every address on the way, and keeps each host's cookies. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final List<String> visited = new ArrayList<>();

        List<String> visited() {
            return visited;
        }

        HttpResponse<String> get(String uri) throws IOException, InterruptedException {
            return follow(HttpRequest.newBuilder(URI.create(uri)).GET().build());
        }

        HttpResponse<String> post(String uri, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(uri))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            return answer.statusCode() == 302 && !uri.endsWith("/note") ? follow(answer) : answer;
        }

        private HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
            return follow(send(request));
        }

        private HttpResponse<String> follow(HttpResponse<String> answer) throws IOException, InterruptedException {
            for (int hops = 0; hops < 10 && answer.statusCode() / 100 == 3; hops++) {
                URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
                answer = send(HttpRequest.newBuilder(next).GET().build());
            }
            return answer;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            visited.add(request.uri().toString());
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
