package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only an active, unexpired token reaches /scim/v2; every refusal is a SCIM error with a challenge. */
class ScimAuthIT {

    private static final String SPC = "/scim/v2/ServiceProviderConfig";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @BeforeEach
    void noTokens() {
        api.removeAllTokens();
    }

    @Test
    void anActiveTokenPassesAndItsLastUseIsKept() {
        String secret = api.generateToken("OKTA").json().getString("token");

        Api.Reply reply = api.send(api.scim(SPC, secret));

        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/scim+json"));
        JsonObject config = reply.json();
        assertEquals("oauthbearertoken", config.getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"));
        assertTrue(api.tokens().getJsonObject(0).containsKey("lastUsedAt"));
    }

    @Test
    void missingMalformedAndUnknownTokensGet401WithTheScimErrorBody() {
        api.generateToken("OKTA");
        assertRefused(api.send(api.request(SPC)));
        assertRefused(api.send(api.scim(SPC, "not-a-token")));
        assertRefused(api.send(api.scim(SPC, "pvs_" + "A".repeat(43))));
        assertRefused(api.send(api.request(SPC).header("Authorization", "Basic YWRtaW46eA==")));
    }

    @Test
    void anInactiveTokenIsRefusedUntilActivatedAgain() {
        JsonObject token = api.generateToken("ENTRA_ID").json();
        String id = token.getString("id");
        api.tokenAction(id, "deactivate");

        assertRefused(api.send(api.scim(SPC, token.getString("token"))));

        api.tokenAction(id, "activate");
        assertEquals(200, api.send(api.scim(SPC, token.getString("token"))).status());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JsonObject token = api.generateToken("GOOGLE").json();
        try (Connection db = server.jdbc();
             PreparedStatement expire = db.prepareStatement("UPDATE scim_token SET expires_at = ? WHERE id = ?")) {
            expire.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            expire.setString(2, token.getString("id"));
            assertEquals(1, expire.executeUpdate());
        }

        assertRefused(api.send(api.scim(SPC, token.getString("token"))));
        assertTrue(api.tokens().getJsonObject(0).getBoolean("expired"));
    }

    @Test
    void aRemovedTokenIsRefused() {
        JsonObject token = api.generateToken("ONELOGIN").json();
        api.removeToken(token.getString("id"));

        assertRefused(api.send(api.scim(SPC, token.getString("token"))));
    }

    @Test
    void unknownScimPathsAnswerAScimError() {
        String secret = api.generateToken("OKTA").json().getString("token");

        Api.Reply reply = api.send(api.scim("/scim/v2/NoSuchThing", secret));

        assertEquals(404, reply.status());
        assertEquals("404", reply.json().getString("status"));
    }

    private static void assertRefused(Api.Reply reply) {
        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
        JsonObject error = reply.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.getJsonArray("schemas").getString(0));
        assertEquals("401", error.getString("status"));
        assertTrue(error.getString("detail").contains("token"));
    }
}
