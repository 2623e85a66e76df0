package io.provisio.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The bench's HTTP/1.1 client: Apache HttpClient's classic API, where the calling thread writes
 * and reads its own pooled socket. The JDK HttpClient hands every exchange to its selector
 * thread and back, which cost about 1 ms of latency per request and as much CPU as the warm
 * server spent on it; on two shared cores that is measured against Provisio.
 */
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

    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(64).setMaxConnPerRoute(64)
                    .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofSeconds(60)).build())
                    .build())
            .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
            .build();
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

    Response get(String path) throws IOException {
        return send("GET", path, null);
    }

    Response post(String path, String body) throws IOException {
        return send("POST", path, body);
    }

    Response patch(String path, String body) throws IOException {
        return send("PATCH", path, body);
    }

    Response send(String method, String path, String body) throws IOException {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(base.resolve(path))
                .addHeader("Accept", "application/scim+json, application/json");
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8),
                    ContentType.create(path.startsWith("/api/") ? "application/json" : "application/scim+json")));
        }
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return client.execute(request.build(), response -> new Response(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
