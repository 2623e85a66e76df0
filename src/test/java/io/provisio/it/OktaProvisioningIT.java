package io.provisio.it;

import static io.provisio.it.ScimClient.USER_SCHEMA;
import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sequence Okta sends: application/json, a userName lookup with startIndex and count, POST
 * with a password, GET then a full PUT to update, and a PATCH replacing active to deactivate.
 * Okta never deletes users.
 */
class OktaProvisioningIT {

    private final Api api = new Api(ProvisioServer.shared());
    private ScimClient okta;

    @BeforeEach
    void token() {
        okta = new ScimClient(api, api.freshToken("OKTA"), "application/json");
    }

    @Test
    void provisionUpdateAndDeactivate() {
        String login = unique("isabella.andersen") + "@example.com";
        Api.Reply lookup = okta.get("/scim/v2/Users?filter=userName%20eq%20%22" + login.replace("@", "%40")
                + "%22&startIndex=1&count=100");
        assertEquals(200, lookup.status());
        assertEquals(0, lookup.json().getInt("totalResults"));

        Api.Reply created = okta.post("/scim/v2/Users", """
                {"schemas":["%s"],"userName":"%s","name":{"givenName":"Isabella","familyName":"Andersen"},
                 "emails":[{"primary":true,"value":"%s","type":"work"}],"displayName":"Isabella Andersen",
                 "locale":"en-US","externalId":"00ujl29u0le5T6Aj10h7","groups":[],
                 "password":"1mz050nq","active":true}""".formatted(USER_SCHEMA, login, login));
        assertEquals(201, created.status(), created.body());
        JsonObject user = created.json();
        String id = user.getString("id");
        assertFalse(user.containsKey("password"));
        assertFalse(user.containsKey("locale"));

        JsonObject current = okta.get("/scim/v2/Users/" + id).json();
        JsonObject changed = Json.createObjectBuilder(current)
                .add("name", Json.createObjectBuilder().add("givenName", "Bella").add("familyName", "Andersen"))
                .add("displayName", "Bella Andersen")
                .build();
        Api.Reply put = okta.put("/scim/v2/Users/" + id, changed.toString());
        assertEquals(200, put.status(), put.body());
        assertEquals("Bella", put.json().getJsonObject("name").getString("givenName"));
        assertEquals("00ujl29u0le5T6Aj10h7", put.json().getString("externalId"));

        Api.Reply deactivated = okta.patch("/scim/v2/Users/" + id,
                "[{\"op\":\"replace\",\"value\":{\"active\":false}}]");
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));

        Api.Reply again = okta.get("/scim/v2/Users?filter=userName%20eq%20%22" + login.toUpperCase().replace("@", "%40")
                + "%22&startIndex=1&count=100");
        JsonObject listed = again.json().getJsonArray("Resources").getJsonObject(0);
        assertEquals(id, listed.getString("id"));
        assertFalse(listed.getBoolean("active"));
        assertTrue(again.header("Content-Type").contains("json"));
    }
}
