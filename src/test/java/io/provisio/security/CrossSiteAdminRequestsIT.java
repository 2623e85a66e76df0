package io.provisio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a page on another site can make an admin's browser send (a form, {@code text/plain}, a
 * request naming its own origin) changes nothing on {@code /api/admin}, and is audited; the API's
 * own clients (JSON, same origin or none) go on working.
 */
class CrossSiteAdminRequestsIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private String tokenId;

    @BeforeEach
    void aToken() {
        api.removeAllTokens();
        tokenId = api.generateToken("OKTA").json().getString("id");
    }

    @Test
    void aFormOrPlainTextPostIsRefusedWith415AndChangesNothing() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            Api.Reply reply = api.send(api.admin("/api/admin/tokens/" + tokenId + "/deactivate")
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertEquals(415, reply.status(), type + ": " + reply.body());
            assertEquals(415, reply.json().getInt("status"));
        }
        Api.Reply noType = api.send(api.admin("/api/admin/tokens/" + tokenId + "/renew")
                .POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply generate = api.send(api.admin("/api/admin/tokens").header("Content-Type", "text/plain")
                .POST(Api.json("{\"idp\":\"OKTA\"}")));
        Api.Reply attribute = api.send(api.admin("/api/admin/custom-attributes").header("Content-Type", "text/plain")
                .POST(Api.json("{\"name\":\"csrf" + System.nanoTime() + "\",\"type\":\"string\"}")));

        assertEquals(415, noType.status());
        assertEquals(415, generate.status());
        assertEquals(415, attribute.status());
        assertEquals(1, api.tokens().size());
        assertEquals("ACTIVE", api.tokens().getJsonObject(0).getString("status"), "still active");
    }

    @Test
    void aCrossSiteOriginOrFetchIsRefusedWith403AndAudited() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).toString();
        Api.Reply foreignOrigin = api.send(json(api.admin("/api/admin/tokens/" + tokenId + "/deactivate"))
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply crossSite = api.send(json(api.admin("/api/admin/tokens/" + tokenId + "/deactivate"))
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply sameSite = api.send(api.admin("/api/admin/tokens/" + tokenId)
                .header("Sec-Fetch-Site", "same-site").DELETE());

        assertEquals(403, foreignOrigin.status(), foreignOrigin.body());
        assertEquals(403, crossSite.status(), crossSite.body());
        assertEquals(403, sameSite.status(), sameSite.body());
        assertEquals(403, foreignOrigin.json().getInt("status"));
        assertEquals("ACTIVE", api.tokens().getJsonObject(0).getString("status"), "still active");
        Api.Reply audit = api.send(api.admin("/api/admin/audit?type=" + enc("Admin Request Refused")
                + "&from=" + enc(since)));
        assertFalse(audit.json().getJsonArray("entries").isEmpty(), audit.body());
        JsonObject entry = audit.json().getJsonArray("entries").getJsonObject(0);
        assertEquals("admin", entry.getString("actor"));
        assertTrue(entry.getJsonObject("fields").getString("reason").startsWith("Cross-site request refused"),
                entry.toString());
    }

    @Test
    void theApisOwnClientsGoOnWorking() {
        String own = server.base().toString().replaceAll("/$", "");
        Api.Reply sameOrigin = api.send(json(api.admin("/api/admin/tokens/" + tokenId + "/deactivate"))
                .header("Origin", own).header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply noOrigin = api.send(json(api.admin("/api/admin/tokens/" + tokenId + "/activate"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply withCharset = api.send(api.admin("/api/admin/tokens/" + tokenId + "/deactivate")
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply delete = api.removeToken(tokenId);

        assertEquals(200, sameOrigin.status(), sameOrigin.body());
        assertEquals(200, noOrigin.status(), noOrigin.body());
        assertEquals(200, withCharset.status(), withCharset.body());
        assertEquals(204, delete.status(), delete.body());
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder) {
        return builder.header("Content-Type", "application/json");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
