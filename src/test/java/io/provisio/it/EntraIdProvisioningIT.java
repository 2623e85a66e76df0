package io.provisio.it;

import static io.provisio.it.ScimClient.ENTERPRISE;
import static io.provisio.it.ScimClient.USER_SCHEMA;
import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request sequence Microsoft Entra ID sends when it provisions, updates, deactivates and
 * deletes a user, in the shapes its provisioning service documents (capitalised ops, booleans as
 * strings, dotted and URN-qualified keys in a PATCH without path).
 */
class EntraIdProvisioningIT {

    private final Api api = new Api(ProvisioServer.shared());
    private ScimClient entra;

    @BeforeEach
    void token() {
        entra = new ScimClient(api, api.freshToken("ENTRA_ID"));
    }

    @Test
    void provisionUpdateDeactivateAndDelete() {
        // Test Connection: a filter on a random GUID must answer an empty list
        Api.Reply probe = entra.filterUsers("userName eq \"" + UUID.randomUUID() + "\"");
        assertEquals(200, probe.status());
        assertEquals(0, probe.json().getInt("totalResults"));

        String upn = unique("Test_User") + "@contoso.com";
        assertEquals(0, entra.filterUsers("userName eq \"" + upn + "\"").json().getInt("totalResults"));

        Api.Reply created = entra.post("/scim/v2/Users", """
                {"schemas":["%s","%s"],"externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef","userName":"%s",
                 "active":true,"displayName":"Test User","title":"Manager",
                 "emails":[{"primary":true,"type":"work","value":"%s"}],
                 "name":{"formatted":"Test User","familyName":"User","givenName":"Test"},
                 "phoneNumbers":[{"primary":true,"type":"work","value":"+1 555 0100"}],
                 "%s":{"department":"Sales","manager":{"value":"mgr-1"}}}"""
                .formatted(USER_SCHEMA, ENTERPRISE, upn, upn, ENTERPRISE));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        // Entra looks the user up again, case-insensitively
        JsonObject found = entra.filterUsers("userName eq \"" + upn.toLowerCase() + "\"").json();
        assertEquals(id, found.getJsonArray("Resources").getJsonObject(0).getString("id"));

        Api.Reply updated = entra.patch("/scim/v2/Users/" + id, """
                [{"op":"Replace","path":"displayName","value":"Test User 2"},
                 {"op":"Add","path":"emails[type eq \\"work\\"].value","value":"new.address@contoso.com"},
                 {"op":"Replace","value":{"name.givenName":"Testy",
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Marketing"}},
                 {"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 555 0101"}]""");
        assertEquals(200, updated.status(), updated.body());
        JsonObject user = updated.json();
        assertEquals("Test User 2", user.getString("displayName"));
        assertEquals("new.address@contoso.com", user.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertEquals("Testy", user.getJsonObject("name").getString("givenName"));
        assertEquals("Marketing", user.getJsonObject(ENTERPRISE).getString("department"));
        assertFalse(user.containsKey("phoneNumbers"));

        Api.Reply disabled = entra.patch("/scim/v2/Users/" + id,
                "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]");
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("active"));
        // a soft-deleted user is still found by GET and by filters
        assertFalse(entra.get("/scim/v2/Users/" + id).json().getBoolean("active"));
        assertEquals(1, entra.filterUsers("userName eq \"" + upn + "\"").json().getInt("totalResults"));

        // Entra cannot change the UPN of a provisioned user: refused, nothing changed
        Api.Reply rename = entra.patch("/scim/v2/Users/" + id,
                "[{\"op\":\"Replace\",\"path\":\"userName\",\"value\":\"renamed@contoso.com\"}]");
        assertEquals(400, rename.status());
        assertEquals("mutability", rename.json().getString("scimType"));

        assertEquals(204, entra.delete("/scim/v2/Users/" + id).status());
        assertEquals(404, entra.get("/scim/v2/Users/" + id).status());
    }

    @Test
    void patchErrorsAreScimErrorsAndTheWholePatchIsAtomic() {
        JsonObject user = entra.createUser("atomic", ",\"displayName\":\"Before\"");
        String id = user.getString("id");

        Api.Reply failed = entra.patch("/scim/v2/Users/" + id, """
                [{"op":"Replace","path":"displayName","value":"After"},
                 {"op":"Replace","path":"emails[type eq \\"home\\"].value","value":"x@y"}]""");
        UsersIT.assertError(failed, 400, "noTarget");
        UsersIT.assertError(entra.patch("/scim/v2/Users/" + id,
                "[{\"op\":\"Replace\",\"path\":\"emails[type eq ]\",\"value\":\"x\"}]"), 400, "invalidPath");
        UsersIT.assertError(entra.patch("/scim/v2/Users/" + id, "[{\"op\":\"Remove\"}]"), 400, "noTarget");
        UsersIT.assertError(entra.patch("/scim/v2/Users/" + id, "[{\"op\":\"Jump\",\"path\":\"active\"}]"),
                400, "invalidSyntax");
        UsersIT.assertError(entra.patch("/scim/v2/Users/" + id,
                "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"maybe\"}]"), 400, "invalidValue");
        Api.Reply noSchema = entra.send(entra.request("/scim/v2/Users/" + id).header("Content-Type", "application/scim+json")
                .method("PATCH", Api.json("{\"Operations\":[]}")));
        assertEquals(400, noSchema.status());

        assertEquals(user, entra.get("/scim/v2/Users/" + id).json());
    }

    @Test
    void customExtensionAttributesAreKeptFilteredAndPatched() {
        String attribute = "costCenter" + UUID.randomUUID().toString().substring(0, 6);
        String urn = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
        assertEquals(201, api.send(api.admin("/api/admin/custom-attributes").header("Content-Type", "application/json")
                .POST(Api.json("{\"name\":\"" + attribute + "\",\"type\":\"string\"}"))).status());
        try {
            // Entra sends the extension object without listing its URN in schemas
            JsonObject user = entra.createUser("custom", ",\"" + urn + "\":{\"" + attribute + "\":\"CC-100\"}");
            String id = user.getString("id");
            assertEquals("CC-100", user.getJsonObject(urn).getString(attribute));
            assertTrue(user.getJsonArray("schemas").toString().contains(urn));

            Api.Reply patched = entra.patch("/scim/v2/Users/" + id,
                    "[{\"op\":\"Replace\",\"path\":\"" + urn + ":" + attribute + "\",\"value\":\"CC-200\"}]");
            assertEquals(200, patched.status(), patched.body());
            assertEquals("CC-200", patched.json().getJsonObject(urn).getString(attribute));

            JsonObject found = entra.filterUsers(urn + ":" + attribute + " eq \"cc-200\"").json();
            assertEquals(1, found.getInt("totalResults"));
            assertEquals(id, found.getJsonArray("Resources").getJsonObject(0).getString("id"));

            UsersIT.assertError(entra.patch("/scim/v2/Users/" + id,
                    "[{\"op\":\"Replace\",\"path\":\"" + urn + ":" + attribute + "\",\"value\":42}]"),
                    400, "invalidValue");
        } finally {
            String definitions = api.send(api.admin("/api/admin/custom-attributes")).body();
            api.send(api.admin("/api/admin/custom-attributes/" + idOf(definitions, attribute)).DELETE());
        }
    }

    private static String idOf(String definitions, String name) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(definitions))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("name").equals(name)).findFirst().orElseThrow().getString("id");
        }
    }

    @Test
    void reactivatingAUserIsRecorded() {
        String id = entra.createUser("back").getString("id");
        entra.patch("/scim/v2/Users/" + id, "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]");

        Api.Reply back = entra.patch("/scim/v2/Users/" + id, "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}]");

        assertTrue(back.json().getBoolean("active"));
        String events = api.send(api.admin("/api/admin/audit?q=" + id)).body();
        assertTrue(events.contains("User Reactivated") && events.contains("User Deactivated"), events);
    }
}
