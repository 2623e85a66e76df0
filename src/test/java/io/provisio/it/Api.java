package io.provisio.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the black-box suite: admin calls with Basic, SCIM calls with a bearer. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as IdPs call; the JDK client would otherwise try h2c
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final ProvisioServer server;

    public Api(ProvisioServer server) {
        this.server = server;
    }

    /** A response with its body read as text. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
    }

    public HttpRequest.Builder admin(String path) {
        return basic(request(path), "admin", server.adminPassword());
    }

    public HttpRequest.Builder scim(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    public static HttpRequest.Builder basic(HttpRequest.Builder builder, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return builder.header("Authorization", "Basic " + credentials);
    }

    public static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // admin shortcuts

    public Reply generateToken(String idp) {
        return send(admin("/api/admin/tokens").header("Content-Type", "application/json")
                .POST(json("{\"idp\":\"" + idp + "\"}")));
    }

    public Reply tokenAction(String id, String action) {
        return send(admin("/api/admin/tokens/" + id + "/" + action).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply removeToken(String id) {
        return send(admin("/api/admin/tokens/" + id).DELETE());
    }

    public JsonArray tokens() {
        return send(admin("/api/admin/tokens")).array();
    }

    /** Removes every token, so a test starts from no tokens (the limit of two is global). */
    public void removeAllTokens() {
        tokens().getValuesAs(JsonObject.class).forEach(t -> removeToken(t.getString("id")));
    }

    /** Removes every token and issues a fresh one for the IdP; answers its secret. */
    public String freshToken(String idp) {
        removeAllTokens();
        return generateToken(idp).json().getString("token");
    }

    public URI uri(String path) {
        return server.uri(path);
    }
}
