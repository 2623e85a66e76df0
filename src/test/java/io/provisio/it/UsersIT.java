package io.provisio.it;

import static io.provisio.it.ScimClient.ENTERPRISE;
import static io.provisio.it.ScimClient.USER_SCHEMA;
import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user resource of RFC 7643/7644 with the seed's attribute rules, over HTTP. */
class UsersIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private ScimClient scim;

    @BeforeEach
    void token() {
        scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
    }

    @Test
    void createAnswers201WithLocationMetaAndETag() {
        String userName = unique("alice") + "@example.com";
        Api.Reply reply = scim.post("/scim/v2/Users", """
                {"schemas":["%s","%s"],"userName":"%s","externalId":"ext-1","displayName":"Alice A",
                 "name":{"givenName":"Alice","familyName":"Able"},"active":true,
                 "emails":[{"value":"alice@example.com","type":"work","primary":true}],
                 "%s":{"department":"Sales"}}""".formatted(USER_SCHEMA, ENTERPRISE, userName, ENTERPRISE));

        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/scim+json"));
        JsonObject user = reply.json();
        String id = user.getString("id");
        assertEquals(server.uri("/scim/v2/Users/" + id).toString(), reply.header("Location"));
        JsonObject meta = user.getJsonObject("meta");
        assertEquals("User", meta.getString("resourceType"));
        assertEquals(reply.header("Location"), meta.getString("location"));
        assertEquals(reply.header("ETag"), meta.getString("version"));
        assertEquals(meta.getString("created"), meta.getString("lastModified"));
        assertEquals("Alice Able", user.getJsonObject("name").getString("formatted"));
        assertEquals("Sales", user.getJsonObject(ENTERPRISE).getString("department"));

        Api.Reply read = scim.get("/scim/v2/Users/" + id);
        assertEquals(200, read.status());
        assertEquals(user, read.json());
    }

    @Test
    void idsAreTimeOrderedSoEachNewUserSortsAfterTheLast() {
        // RFC 9562 version 7: the database's indexes take each new key next to the last one
        String first = scim.createUser("first").getString("id");
        String second = scim.createUser("second").getString("id");

        assertEquals(7, UUID.fromString(first).version(), first);
        assertEquals(7, UUID.fromString(second).version(), second);
        assertTrue(second.compareTo(first) > 0, second + " sorts before " + first);
    }

    @Test
    void userNameIsUniqueIgnoringCase() {
        JsonObject first = scim.createUser("bob");
        String shouted = first.getString("userName").toUpperCase();

        Api.Reply second = scim.post("/scim/v2/Users",
                "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + shouted + "\"}");

        assertEquals(409, second.status());
        assertEquals("uniqueness", second.json().getString("scimType"));
        assertEquals("409", second.json().getString("status"));
        assertEquals(1, scim.filterUsers("userName eq \"" + shouted + "\"").json().getInt("totalResults"));
    }

    @Test
    void unknownAndMalformedIdsAnswer404() {
        for (String id : List.of("010101001010101011001010101011", "00000000-0000-0000-0000-000000000000",
                "x".repeat(300), "%27%20or%201%3D1")) {
            Api.Reply reply = scim.get("/scim/v2/Users/" + id);
            assertEquals(404, reply.status(), id);
            assertEquals("404", reply.json().getString("status"));
        }
        assertEquals(404, scim.delete("/scim/v2/Users/nope").status());
        assertEquals(404, scim.patch("/scim/v2/Users/nope", "[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]").status());
    }

    @Test
    void putReplacesWhatMayChangeAndKeepsUserName() {
        JsonObject user = scim.createUser("carol", ",\"displayName\":\"Carol\",\"externalId\":\"c-1\"");
        String id = user.getString("id");
        String body = """
                {"schemas":["%s"],"userName":"%s","displayName":"Carol C","active":false,
                 "emails":[{"value":"carol@example.com","type":"work","primary":true}]}"""
                .formatted(USER_SCHEMA, user.getString("userName").toUpperCase());

        Api.Reply replaced = scim.put("/scim/v2/Users/" + id, body);

        assertEquals(200, replaced.status(), replaced.body());
        JsonObject now = replaced.json();
        assertEquals(user.getString("userName"), now.getString("userName"));
        assertEquals("Carol C", now.getString("displayName"));
        assertFalse(now.getBoolean("active"));
        assertEquals("c-1", now.getString("externalId"));
        assertFalse(now.getJsonObject("meta").getString("version").equals(user.getJsonObject("meta").getString("version")));
    }

    @Test
    void changingUserNameIsRefusedAndChangesNothing() {
        JsonObject user = scim.createUser("dave", ",\"displayName\":\"Dave\"");
        String id = user.getString("id");

        Api.Reply put = scim.put("/scim/v2/Users/" + id, "{\"schemas\":[\"" + USER_SCHEMA
                + "\"],\"userName\":\"someone-else@example.com\",\"displayName\":\"Changed\"}");
        Api.Reply patch = scim.patch("/scim/v2/Users/" + id,
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Changed\"},"
                        + "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"x@example.com\"}]");

        for (Api.Reply reply : List.of(put, patch)) {
            assertEquals(400, reply.status(), reply.body());
            assertEquals("mutability", reply.json().getString("scimType"));
        }
        assertEquals(user, scim.get("/scim/v2/Users/" + id).json());
    }

    @Test
    void aStaleIfMatchGets412() {
        JsonObject user = scim.createUser("erin");
        String id = user.getString("id");
        String etag = user.getJsonObject("meta").getString("version");
        String body = "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + user.getString("userName") + "\"}";

        assertEquals(200, scim.put("/scim/v2/Users/" + id, body, etag).status());
        Api.Reply stale = scim.put("/scim/v2/Users/" + id, body, etag);

        assertEquals(412, stale.status());
        assertEquals("412", stale.json().getString("status"));
    }

    @Test
    void deleteAnswers204ThenTheUserIsGone() {
        String id = scim.createUser("frank").getString("id");

        assertEquals(204, scim.delete("/scim/v2/Users/" + id).status());
        assertEquals(404, scim.get("/scim/v2/Users/" + id).status());
        assertEquals(404, scim.delete("/scim/v2/Users/" + id).status());
    }

    @Test
    void badBodiesAnswerAScimErrorAndWriteNothing() {
        String name = unique("bad") + "@example.com";
        assertError(scim.post("/scim/v2/Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":"), 400, "invalidSyntax");
        assertError(scim.post("/scim/v2/Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"]}"), 400, "invalidValue");
        assertError(scim.post("/scim/v2/Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + name
                + "\",\"active\":\"yes\"}"), 400, "invalidValue");
        assertError(scim.post("/scim/v2/Users", "{\"schemas\":[\"urn:example:Thing\"],\"userName\":\"" + name + "\"}"),
                400, "invalidValue");
        assertError(scim.post("/scim/v2/Users", "{\"userName\":\"" + name + "\"}"), 400, "invalidValue");
        assertError(scim.post("/scim/v2/Users", "{\"a\":".repeat(200) + "1" + "}".repeat(200)), 400, "invalidSyntax");
        assertError(scim.post("/scim/v2/Users", "[1,2]"), 400, "invalidSyntax");
        assertError(scim.post("/scim/v2/Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + name
                + "\",\"emails\":[{\"value\":\"a@x\",\"primary\":true},{\"value\":\"b@x\",\"primary\":true}]}"),
                400, "invalidValue");
        Api.Reply huge = scim.post("/scim/v2/Users", "{\"userName\":\"" + "x".repeat(2_000_000) + "\"}");
        assertEquals(413, huge.status());
        assertEquals("413", huge.json().getString("status"));
        Api.Reply wrongType = scim.send(scim.request("/scim/v2/Users").header("Content-Type", "text/plain")
                .POST(Api.json("userName=x")));
        assertEquals(415, wrongType.status());
        assertEquals("415", wrongType.json().getString("status"));
        assertEquals(0, scim.filterUsers("userName eq \"" + name + "\"").json().getInt("totalResults"));
    }

    @Test
    void attributesProvisioDoesNotKeepAreDroppedFromTheUser() {
        JsonObject user = scim.createUser("gina", ",\"title\":\"Boss\",\"phoneNumbers\":[{\"value\":\"1\"}],"
                + "\"" + ENTERPRISE + "\":{\"department\":\"Ops\",\"manager\":{\"value\":\"m\"}}");

        assertFalse(user.containsKey("title"));
        assertFalse(user.containsKey("phoneNumbers"));
        assertEquals("Ops", user.getJsonObject(ENTERPRISE).getString("department"));
        assertFalse(user.getJsonObject(ENTERPRISE).containsKey("manager"));

        List<JsonObject> ignored = api.send(api.admin("/api/admin/ignored-attributes")).array()
                .getValuesAs(JsonObject.class);
        for (String attribute : List.of("title", "phoneNumbers", ENTERPRISE + ":manager")) {
            assertTrue(ignored.stream().anyMatch(i -> i.getString("attribute").equals(attribute)
                    && i.getString("idp").equals("ENTRA_ID") && i.getInt("occurrences") >= 1), attribute + " in " + ignored);
        }
    }

    @Test
    void userChangesLandInTheAuditTrailWithTheIdp() {
        String id = scim.createUser("hank").getString("id");
        scim.patch("/scim/v2/Users/" + id, "[{\"op\":\"replace\",\"value\":{\"active\":false}}]");
        scim.delete("/scim/v2/Users/" + id);

        JsonObject page = api.send(api.admin("/api/admin/audit?q=" + id)).json();

        List<String> events = page.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("event")).toList();
        assertEquals(List.of("User Deleted", "User Deactivated", "User Provisioned"), events);
        assertEquals("Microsoft Entra ID", page.getJsonArray("entries").getJsonObject(0).getString("actor"));
    }

    static void assertError(Api.Reply reply, int status, String scimType) {
        assertEquals(status, reply.status(), reply.body());
        JsonObject error = reply.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.getJsonArray("schemas").getString(0));
        assertEquals(String.valueOf(status), error.getString("status"));
        assertEquals(scimType, error.getString("scimType"), reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }
}
