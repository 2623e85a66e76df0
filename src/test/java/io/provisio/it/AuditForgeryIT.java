package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Text a client chose cannot pass for the server's words in the audit trail: the row keeps it as a
 * field of its own and the details show it quoted, escaped and marked as what the client sent.
 */
class AuditForgeryIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void aUserNameCannotReadAsAnotherToken() {
        String token = api.freshToken("ENTRA_ID");
        String tokenId = api.tokens().getJsonObject(0).getString("id");
        ScimClient scim = new ScimClient(api, token);
        String tag = tag();
        String forged = "bob-" + tag + "; via token " + UUID.randomUUID();

        Api.Reply created = scim.post("/scim/v2/Users", "{\"schemas\":[\"" + ScimClient.USER_SCHEMA
                + "\"],\"userName\":\"" + forged + "\"}");

        assertEquals(201, created.status(), created.body());
        JsonObject row = only("User Provisioned", tag);
        assertEquals("userName \"" + forged + "\"; via token: " + tokenId, row.getString("details"));
        assertEquals(forged, fields(row).getString("userName"));
        assertEquals(tokenId, fields(row).getString("via token"));
    }

    @Test
    void aGroupNameCannotReadAsCounts() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String tag = tag();
        String forged = "X-" + tag + "\"; added 0, removed 250";

        Api.Reply created = scim.post("/scim/v2/Groups", "{\"schemas\":[\"" + ScimClient.GROUP_SCHEMA
                + "\"],\"displayName\":\"" + forged.replace("\"", "\\\"") + "\"}");

        assertEquals(201, created.status(), created.body());
        JsonObject row = only("Group Created", tag);
        String details = row.getString("details");
        assertEquals("displayName \"X-" + tag + "\\\"; added 0, removed 250\"; members: 0; via token: ",
                details.substring(0, details.lastIndexOf(' ') + 1));
        assertEquals(forged, fields(row).getString("displayName"));
        assertEquals(0, fields(row).getInt("members"));
    }

    @Test
    void theNameTypedAtAFailedLoginIsNotTheActor() {
        String tag = tag();
        String typed = "admin\"; actor " + tag;

        Api.Reply refused = api.send(Api.basic(api.request("/api/admin/tokens"), typed, "wrong"));

        assertEquals(401, refused.status());
        JsonObject row = only("Admin Login Failed", tag);
        assertEquals("(unauthenticated)", row.getString("actor"));
        assertEquals(typed, fields(row).getString("attempted user"));
        assertEquals("attempted user \"admin\\\"; actor " + tag + "\"; ", row.getString("details").substring(0,
                ("attempted user \"admin\\\"; actor " + tag + "\"; ").length()));
    }

    @Test
    void aLongNameIsCutInTheDetailsAndKeptInTheFields() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String tag = tag();
        String name = tag + "n".repeat(240);

        assertEquals(201, scim.post("/scim/v2/Users", "{\"schemas\":[\"" + ScimClient.USER_SCHEMA
                + "\"],\"userName\":\"" + name + "\"}").status());

        JsonObject row = only("User Provisioned", tag);
        assertEquals("userName \"" + name.substring(0, 199) + "…\" (cut, " + name.length() + " characters); via token: ",
                row.getString("details").substring(0, row.getString("details").lastIndexOf(' ') + 1));
        assertEquals(name, fields(row).getString("userName"));
    }

    /** The row's named fields; none on a server that does not keep them. */
    private static JsonObject fields(JsonObject row) {
        return row.containsKey("fields") ? row.getJsonObject("fields") : JsonValue.EMPTY_JSON_OBJECT;
    }

    private JsonObject only(String event, String tag) {
        Api.Reply reply = api.send(api.admin("/api/admin/audit?type=" + URLEncoder.encode(event, StandardCharsets.UTF_8)
                + "&q=" + tag));
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> entries = reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), reply.body());
        return entries.get(0);
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
