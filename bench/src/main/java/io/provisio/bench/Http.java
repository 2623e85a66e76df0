package io.provisio.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP/1.1 client (the JDK client would otherwise try h2c, which Payara answers oddly). */
final class Http {

    record Response(int status, String body) {
        String field(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        long number(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }

        Response expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private volatile String authorization;

    Http(URI base) {
        this.base = base;
    }

    Http basic(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Http bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    URI base() {
        return base;
    }

    /** The bearer token this client sends (for wrk, which sends its own requests). */
    String token() {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new IllegalStateException("not a bearer client");
        }
        return authorization.substring("Bearer ".length());
    }

    Response get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Response post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    Response patch(String path, String body) throws IOException, InterruptedException {
        return send("PATCH", path, body);
    }

    Response send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/scim+json, application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", path.startsWith("/api/") ? "application/json" : "application/scim+json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
