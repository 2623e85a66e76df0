package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin login's limit, black-box, on a server with a short lockout ({@link LimitedServer}):
 * the admin API and the portal share it, a locked-out caller is refused even with the right password and that
 * is audited, the real admin at another address is not locked out, and an unknown user name is
 * answered as slowly as a wrong password. Each scenario is a client address of its own.
 */
class AdminLoginLimitIT {

    private static final String PASSWORD = LimitedServer.PASSWORD;
    private final ProvisioServer server = LimitedServer.get();
    private final Api api = new Api(server);

    @Test
    void afterTheLimitEvenTheRightPasswordIsRefusedUntilTheLockoutEnds() throws InterruptedException {
        LoopbackHttp attacker = new LoopbackHttp(server.base(), "127.0.2.1");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, tokens(attacker, "guess-" + i).status());
        }

        LoopbackHttp.Reply refused = tokens(attacker, PASSWORD);

        assertEquals(429, refused.status(), refused.body());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        JsonObject error = json(refused.body());
        assertEquals(429, error.getInt("status"));
        assertTrue(error.getString("message").startsWith("Too many failed attempts; try again in "), refused.body());
        assertEquals(200, api.send(api.admin("/api/admin/tokens")).status(), "the admin elsewhere still gets in");
        List<String> audited = auditReasons("Admin Login Failed", "127.0.2.1");
        assertTrue(audited.stream().anyMatch(d -> d.startsWith("Too many failed attempts")), audited::toString);

        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, tokens(attacker, PASSWORD).status(), "the lockout ends");
    }

    @Test
    void thePortalAndTheApiShareOneLimit() {
        LoopbackHttp client = new LoopbackHttp(server.base(), "127.0.2.2");
        PortalLoginForm form = new PortalLoginForm(client);
        for (int i = 0; i < 3; i++) {
            LoopbackHttp.Reply failed = form.submit("admin", "guess-" + i);
            assertEquals(200, failed.status());
            assertTrue(failed.body().contains("Wrong user name or password."), failed.body());
        }

        LoopbackHttp.Reply portal = form.submit("admin", PASSWORD);
        LoopbackHttp.Reply basic = tokens(client, PASSWORD);

        assertEquals(200, portal.status(), "refused on the login page, not let in");
        assertTrue(portal.body().matches("(?s).*Too many failed attempts; try again in \\d+ s\\..*"), portal.body());
        assertEquals(429, basic.status(), basic.body());
        List<String> audited = auditReasons("Admin Login Failed", "127.0.2.2");
        assertTrue(audited.stream().anyMatch(d -> d.startsWith("Too many failed attempts; refused unchecked by the portal")),
                audited::toString);
    }

    /**
     * Side by side in one run, each request from an address of its own (so none is locked out),
     * unknown and known names interleaved: the medians must be of one size.
     */
    @Test
    void anUnknownUserIsAnsweredAsSlowlyAsAWrongPassword() {
        int rounds = 15;
        List<Long> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            unknown.add(timedRefusal(new LoopbackHttp(server.base(), "127.0.4." + (2 * i + 1)), "nobody-" + i));
            known.add(timedRefusal(new LoopbackHttp(server.base(), "127.0.4." + (2 * i + 2)), "admin"));
        }

        double ratio = (double) Timing.median(unknown) / Timing.median(known);

        assertTrue(ratio > 0.5 && ratio < 2, "unknown user " + unknown + " vs wrong password " + known + " (ns)");
    }

    private long timedRefusal(LoopbackHttp client, String user) {
        long start = System.nanoTime();
        LoopbackHttp.Reply reply = client.send("GET", "/api/admin/tokens",
                Map.of("Authorization", LoopbackHttp.basic(user, "wrong-password")), null);
        long elapsed = System.nanoTime() - start;
        assertEquals(401, reply.status(), reply.body());
        return elapsed;
    }

    private static LoopbackHttp.Reply tokens(LoopbackHttp client, String password) {
        return client.send("GET", "/api/admin/tokens", Map.of("Authorization", LoopbackHttp.basic("admin", password)),
                null);
    }

    /** The server-worded reasons of the matching audit rows. */
    private List<String> auditReasons(String type, String text) {
        Api.Reply reply = api.send(api.admin("/api/admin/audit?type=" + enc(type) + "&q=" + enc(text) + "&limit=100"));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("fields").getString("reason", "")).toList();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
