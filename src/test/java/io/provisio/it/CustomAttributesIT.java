package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Admins define, list and remove custom attributes; bad input is a 4xx with a message; all audited. */
class CustomAttributesIT {

    private static final String PATH = "/api/admin/custom-attributes";
    private static final String CUSTOM = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void defineListAndRemoveAreAudited() throws Exception {
        String since = now();
        String name = unique("costCenter");

        Api.Reply defined = define("{\"name\":\"" + name + "\",\"type\":\"String\"}");

        assertEquals(201, defined.status(), defined.body());
        JsonObject view = defined.json();
        String id = view.getString("id");
        assertEquals(name, view.getString("name"));
        assertEquals("string", view.getString("type"));
        assertEquals(0, view.getInt("valuesInUse"));
        assertTrue(defined.header("Location").endsWith(PATH + "/" + id), defined.header("Location"));
        assertTrue(listed(id).isPresent());

        addUserValue(id);
        assertEquals(1, listed(id).orElseThrow().getInt("valuesInUse"));

        assertEquals(204, api.send(api.admin(PATH + "/" + id).DELETE()).status());
        assertFalse(listed(id).isPresent());
        Api.Reply again = api.send(api.admin(PATH + "/" + id).DELETE());
        assertEquals(404, again.status());
        assertTrue(again.json().getString("message").contains(id));

        List<JsonObject> rows = audit("from=" + enc(since) + "&q=" + id);
        assertEquals(List.of("Custom Attribute Removed", "Custom Attribute Defined"),
                rows.stream().map(r -> r.getString("event")).toList());
        rows.forEach(row -> assertEquals("admin", row.getString("actor")));
        assertTrue(rows.get(0).getString("details").contains("user values removed: 1"), rows.get(0).toString());
        assertEquals(1, rows.get(0).getJsonObject("fields").getInt("user values removed"), rows.get(0).toString());
        assertTrue(rows.get(1).getString("details").contains("name \"" + name + "\""), rows.get(1).toString());
    }

    /** Removing an attribute removes its values, so a filter on a new one of that name matches nobody. */
    @Test
    void aRedefinedAttributeCountsNoneOfTheRemovedValues() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String name = unique("region");
        String firstId = define("{\"name\":\"" + name + "\",\"type\":\"string\"}").json().getString("id");
        Api.Reply created = scim.post("/scim/v2/Users", "{\"schemas\":[\"" + ScimClient.USER_SCHEMA + "\",\"" + CUSTOM
                + "\"],\"userName\":\"" + unique("stale") + "\",\"" + CUSTOM + "\":{\"" + name + "\":\"EU\"}}");
        assertEquals(201, created.status(), created.body());
        assertEquals(1, scim.filterUsers(CUSTOM + ":" + name + " pr").json().getInt("totalResults"));

        assertEquals(204, api.send(api.admin(PATH + "/" + firstId).DELETE()).status());
        assertEquals(201, define("{\"name\":\"" + name + "\",\"type\":\"string\"}").status());
        JsonObject list = scim.filterUsers(CUSTOM + ":" + name + " pr").json();

        assertEquals(0, list.getInt("totalResults"), list.toString());
        assertEquals(0, list.getJsonArray("Resources") == null ? 0 : list.getJsonArray("Resources").size(),
                list.toString());
    }

    @Test
    void aNameInAnotherCaseIsAConflict() {
        String name = unique("dept");
        assertEquals(201, define("{\"name\":\"" + name + "\",\"type\":\"integer\"}").status());

        Api.Reply clash = define("{\"name\":\"" + name.toUpperCase(Locale.ROOT) + "\",\"type\":\"string\"}");

        assertEquals(409, clash.status(), clash.body());
        assertEquals(409, clash.json().getInt("status"));
        assertTrue(clash.json().getString("message").contains(name), clash.body());
    }

    @Test
    void twoAdminsRacingForOneNameGetOneAttribute() {
        String name = unique("race");
        List<CompletableFuture<Integer>> racers = Stream.of(name, name.toUpperCase(Locale.ROOT))
                .map(n -> CompletableFuture.supplyAsync(() -> define("{\"name\":\"" + n + "\",\"type\":\"boolean\"}").status()))
                .toList();

        List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of(201, 409), statuses);
    }

    @Test
    void badInputIsA4xxWithAMessage() {
        List<String> bodies = List.of("", "not json", "[1]", "{\"name\":\"x\"", "{}", "{\"type\":\"string\"}",
                "{\"name\":\"" + unique("a") + "\"}", "{\"name\":null,\"type\":\"string\"}",
                "{\"name\":5,\"type\":\"string\"}", "{\"name\":\"" + unique("a") + "\",\"type\":7}",
                badName("1abc"), badName("a b"), badName("x".repeat(65)), badName("urn:foo"), badName(""),
                "{\"name\":\"" + unique("a") + "\",\"type\":\"text\"}");
        for (String body : bodies) {
            Api.Reply reply = define(body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            JsonObject error = reply.json();
            assertEquals(400, error.getInt("status"));
            assertFalse(error.getString("message").isBlank(), body);
        }
        assertTrue(define("{\"name\":\"" + unique("a") + "\",\"type\":\"text\"}").json().getString("message")
                .contains("dateTime"));
    }

    private static String badName(String name) {
        return Json.createObjectBuilder().add("name", name).add("type", "string").build().toString();
    }

    private Api.Reply define(String body) {
        return api.send(api.admin(PATH).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private java.util.Optional<JsonObject> listed(String id) {
        Api.Reply list = api.send(api.admin(PATH));
        assertEquals(200, list.status(), list.body());
        return list.array().getValuesAs(JsonObject.class).stream().filter(a -> a.getString("id").equals(id)).findFirst();
    }

    /** A user and a value written straight to the database: the users feature is not here yet. */
    private void addUserValue(String attributeId) throws Exception {
        String userId = UUID.randomUUID().toString();
        try (Connection db = server.jdbc();
             PreparedStatement user = db.prepareStatement("INSERT INTO scim_user (id, user_name, user_name_lower, active,"
                     + " created_at, last_modified, version, user_name_key) VALUES (?, ?, ?, TRUE, ?, ?, 1, ?)");
             PreparedStatement value = db.prepareStatement(
                     "INSERT INTO user_custom_value (user_id, attribute_id, string_value) VALUES (?, ?, 'CC-1')")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            user.setString(1, userId);
            user.setString(2, userId);
            user.setString(3, userId);
            user.setObject(4, now);
            user.setObject(5, now);
            user.setString(6, userId);
            user.executeUpdate();
            value.setString(1, userId);
            value.setString(2, attributeId);
            value.executeUpdate();
        }
    }

    private List<JsonObject> audit(String query) {
        Api.Reply reply = api.send(api.admin("/api/admin/audit?" + query));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
