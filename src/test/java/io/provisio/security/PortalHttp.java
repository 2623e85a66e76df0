package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provisio.it.ProvisioServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portal spoken to over plain HTTP as a browser would, one step at a time: no cookie is sent
 * unless given, no redirect is followed unless asked, so a test sees every answer.
 */
final class PortalHttp {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern STATE = Pattern.compile("name=\"" + Pattern.quote(VIEW_STATE) + "\"[^>]*value=\"([^\"]+)\"");

    private final ProvisioServer server;

    PortalHttp(ProvisioServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String path, String cookie, Map<String, String> headers) {
        return send(request(server.uri(path), cookie, headers).GET());
    }

    HttpResponse<String> post(String path, String cookie, Map<String, String> form, Map<String, String> headers) {
        return send(request(server.uri(path), cookie, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** The answer and every redirect after it (as the browser follows them: GET, same headers), at most five. */
    List<HttpResponse<String>> follow(HttpResponse<String> first, String cookie, Map<String, String> headers) {
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(first));
        HttpResponse<String> last = first;
        while (answers.size() < 6 && last.statusCode() / 100 == 3) {
            URI next = last.uri().resolve(last.headers().firstValue("Location").orElseThrow());
            last = send(request(next, cookie, headers).GET());
            answers.add(last);
        }
        return answers;
    }

    /**
     * Logs in through the login form, carrying the given session (or, as a browser would, the one
     * the login page sets, if any); answers the login's answer.
     */
    HttpResponse<String> login(String session) {
        HttpResponse<String> page = get("/portal/login.xhtml", session, Map.of());
        String cookie = session != null ? session : sessionCookie(page).orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "admin");
        form.put("login:password", server.adminPassword());
        form.put("login:submit", "");
        form.put(VIEW_STATE, viewState(page.body()));
        HttpResponse<String> answer = post("/portal/login.xhtml", cookie, form, Map.of());
        assertEquals(302, answer.statusCode(), "the login: " + answer.body());
        return answer;
    }

    /** A signed-in session: its cookie, {@code JSESSIONID=...}. */
    String signedIn() {
        HttpResponse<String> login = login(null);
        return sessionCookie(login).orElseThrow(() -> new AssertionError("No session cookie after the login: "
                + login.headers().map()));
    }

    static String viewState(String body) {
        Matcher matcher = STATE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No view state in:\n" + body);
        }
        return matcher.group(1);
    }

    /** The session cookie the answer sets, as a Cookie header sends it back. */
    static Optional<String> sessionCookie(HttpResponse<?> response) {
        return sessionCookieHeaders(response).stream().reduce((first, second) -> second)
                .map(header -> header.split(";", 2)[0]);
    }

    /** The answer's Set-Cookie headers for the session. */
    static List<String> sessionCookieHeaders(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).toList();
    }

    private static HttpRequest.Builder request(URI uri, String cookie, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        headers.forEach(builder::header);
        return builder;
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
