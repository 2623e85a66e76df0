package io.provisio.it;

import static io.provisio.it.ScimClient.USER_SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The APIs carry personal data, audit entries and token secrets: none of their answers may be
 * cached or sniffed, errors and refused logins included. No answer names the server, and its
 * metrics are not public.
 */
class ResponseHeadersIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void everyScimAndAdminAnswerIsNeitherCachedNorSniffed() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String userName = ScimClient.unique("headers");
        Map<String, Api.Reply> replies = new LinkedHashMap<>();
        replies.put("SCIM 200", scim.get("/scim/v2/Users?count=1"));
        replies.put("SCIM 201", scim.post("/scim/v2/Users",
                "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName + "\"}"));
        replies.put("SCIM 400", scim.post("/scim/v2/Users", "{not json"));
        replies.put("SCIM 401", api.send(api.request("/scim/v2/Users")));
        replies.put("SCIM 404", scim.get("/scim/v2/Users/no-such-user"));
        replies.put("SCIM 404 path", scim.get("/scim/v2/NoSuchResource"));
        replies.put("admin 200", api.send(api.admin("/api/admin/tokens")));
        replies.put("admin 401", api.send(api.request("/api/admin/tokens")));
        replies.put("admin 404", api.send(api.admin("/api/admin/no-such-thing")));

        replies.forEach((what, reply) -> {
            assertEquals(Integer.parseInt(what.replaceAll("\\D", "")), reply.status(), what + ": " + reply.body());
            assertEquals("no-store", reply.header("Cache-Control"), what);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
            assertNoServerName(what, reply);
        });
    }

    @Test
    void noAnswerNamesTheServer() {
        for (String path : new String[] {"/", "/health/ready", "/portal/login.xhtml", "/no-such-page"}) {
            assertNoServerName(path, api.send(api.request(path)));
        }
    }

    @Test
    void metricsAreNotPublic() {
        Api.Reply metrics = api.send(api.request("/metrics"));

        assertTrue(Set.of(401, 403, 404).contains(metrics.status()), "/metrics answers " + metrics.status());
        assertNotEquals(200, api.send(api.request("/metrics/application")).status());
    }

    private static void assertNoServerName(String what, Api.Reply reply) {
        String server = reply.header("Server");
        assertTrue(server == null || !server.toLowerCase().contains("payara") && !server.toLowerCase().contains("wildfly"),
                what + " says Server: " + server);
        assertNull(reply.header("X-Powered-By"), what);
    }
}
