package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every token action lands in the audit trail with the IdP vendor; filters, paging and CSV. */
class AuditIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @BeforeEach
    void noTokens() {
        api.removeAllTokens();
    }

    @Test
    void eachTokenActionIsRecordedWithActorAndVendor() {
        String since = now();
        String id = api.generateToken("ENTRA_ID").json().getString("id");
        api.tokenAction(id, "deactivate");
        api.tokenAction(id, "activate");
        api.tokenAction(id, "renew");
        api.removeToken(id);

        List<JsonObject> rows = entries("from=" + enc(since) + "&q=" + id);

        assertEquals(List.of("SCIM Token Deleted", "SCIM Token Renewed", "SCIM Token Enabled",
                "SCIM Token Disabled", "SCIM Token Created"), rows.stream().map(r -> r.getString("event")).toList());
        for (JsonObject row : rows) {
            assertEquals("admin", row.getString("actor"));
            assertEquals(id, row.getString("target"));
            assertTrue(row.getString("details").contains("Microsoft Entra ID"), row.toString());
        }
    }

    @Test
    void aRefusedActionWritesNoRow() {
        api.generateToken("OKTA");
        api.generateToken("GOOGLE");
        String since = now();

        assertEquals(409, api.generateToken("ONELOGIN").status());

        assertTrue(entries("from=" + enc(since) + "&type=" + enc("SCIM Token Created")).isEmpty());
    }

    @Test
    void failedLoginsAndRejectedTokensAreRecorded() {
        String since = now();
        String who = "intruder-" + UUID.randomUUID();
        api.send(Api.basic(api.request("/api/admin/audit"), who, "guess"));
        api.send(api.scim("/scim/v2/ServiceProviderConfig", "pvs_" + "B".repeat(43)));

        assertFalse(entries("from=" + enc(since) + "&type=" + enc("Admin Login Failed") + "&q=" + who).isEmpty());
        assertFalse(entries("from=" + enc(since) + "&type=" + enc("SCIM Token Rejected")).isEmpty());
    }

    @Test
    void aFloodOfBadTokensCannotFillTheTrail() {
        String since = now();
        for (int i = 0; i < 60; i++) {
            api.send(api.scim("/scim/v2/ServiceProviderConfig", "flood-" + i));
        }

        int recorded = entries("from=" + enc(since) + "&type=" + enc("SCIM Token Rejected") + "&limit=500").size();

        assertTrue(recorded >= 1 && recorded <= 40, "rows written for 60 refusals: " + recorded);
    }

    @Test
    void pagingAndFilteringHappenInTheDatabase() {
        String since = now();
        for (int i = 0; i < 3; i++) {
            api.removeToken(api.generateToken("OKTA").json().getString("id"));
        }

        JsonObject page = api.send(api.admin("/api/admin/audit?from=" + enc(since)
                + "&type=" + enc("SCIM Token Created") + "&type=" + enc("SCIM Token Deleted") + "&offset=1&limit=2")).json();

        assertEquals(6, page.getInt("total"));
        assertEquals(2, page.getJsonArray("entries").size());
        assertEquals(1, page.getInt("offset"));
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(0, api.send(api.admin("/api/admin/audit?from=" + enc(future))).json().getInt("total"));
    }

    @Test
    void textSearchMatchesWildcardCharactersLiterally() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String userName : List.of("a_" + tag + "@example.com", "ax" + tag + "@example.com")) {
            assertEquals(201, scim.post("/scim/v2/Users", "{\"schemas\":[\"" + ScimClient.USER_SCHEMA
                    + "\"],\"userName\":\"" + userName + "\"}").status());
        }

        JsonObject found = api.send(api.admin("/api/admin/audit?q=" + enc("A_" + tag))).json();

        assertEquals(1, found.getInt("total"), found.toString());
        assertTrue(found.getJsonArray("entries").getJsonObject(0).getString("details").contains("a_" + tag));
    }

    @Test
    void csvExportCarriesAHeaderAndEveryMatchingRow() {
        String since = now();
        String id = api.generateToken("ONELOGIN").json().getString("id");

        Api.Reply csv = api.send(api.admin("/api/admin/audit?from=" + enc(since) + "&q=" + id).header("Accept", "text/csv"));

        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("time,event,actor,target,details", lines[0]);
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].contains("SCIM Token Created") && lines[1].contains("OneLogin"), lines[1]);
    }

    @Test
    void badQueryParametersAnswer400() {
        Api.Reply badTime = api.send(api.admin("/api/admin/audit?from=yesterday"));
        Api.Reply reversed = api.send(api.admin("/api/admin/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"));
        Api.Reply negative = api.send(api.admin("/api/admin/audit?offset=-1"));

        assertEquals(400, badTime.status());
        assertTrue(badTime.json().getString("message").contains("ISO-8601"));
        assertEquals(400, reversed.status());
        assertEquals(400, negative.status());
    }

    private List<JsonObject> entries(String query) {
        Api.Reply reply = api.send(api.admin("/api/admin/audit?" + query));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
