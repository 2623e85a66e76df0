package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin sees what IdPs sent that Provisio does not keep, most recently seen first; bounded per
 * request and in rows, recorded only for writes that succeed, and cleared by an audited action.
 */
class IgnoredAttributesIT {

    private static final int IDPS = 6;
    private static final String PATH = "/api/admin/ignored-attributes";
    private static final String USER = "{\"schemas\":[\"" + ScimClient.USER_SCHEMA + "\"],";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void oneRequestListsAtMostTwentyNamesAndCountsTheRest() {
        ScimClient scim = new ScimClient(api, api.freshToken("GOOGLE"));
        String prefix = CustomAttributesIT.unique("flood");
        long before = notListed("GOOGLE");
        StringBuilder body = new StringBuilder(USER).append("\"userName\":\"").append(prefix).append("\"");
        for (int i = 0; i < 5000; i++) {
            body.append(",\"").append(prefix).append(i).append("\":\"x\"");
        }

        Api.Reply created = scim.post("/scim/v2/Users", body.append('}').toString());

        assertEquals(201, created.status(), created.body());
        List<JsonObject> rows = list();
        long listed = rows.stream().filter(r -> !r.getBoolean("notListed", false) && r.getString("attribute").startsWith(prefix))
                .count();
        assertTrue(listed <= 20, listed + " names listed");
        assertEquals(5000, listed + notListed("GOOGLE") - before, rows.size() + " rows");
        assertTrue(rows.size() <= 1000 + IDPS, rows.size() + " rows");
    }

    @Test
    void aLongNameIsCutAndMarked() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String name = CustomAttributesIT.unique("long") + "x".repeat(5000);

        Api.Reply created = scim.post("/scim/v2/Users", USER + "\"userName\":\"" + CustomAttributesIT.unique("u")
                + "\",\"" + name + "\":1}");

        assertEquals(201, created.status(), created.body());
        assertTrue(list().stream().anyMatch(r -> !r.getBoolean("notListed", false)
                && r.getString("attribute").equals(name.substring(0, 100) + "…")));
    }

    @Test
    void aRequestThatFailsRecordsNothing() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        String userName = scim.createUser("taken").getString("userName");
        String duplicate = CustomAttributesIT.unique("dup");
        String tooManyEmails = CustomAttributesIT.unique("emails");
        String badMember = CustomAttributesIT.unique("member");
        String emails = String.join(",", java.util.Collections.nCopies(21, "{\"value\":\"a@example.com\"}"));

        assertEquals(409, scim.post("/scim/v2/Users", USER + "\"userName\":\"" + userName + "\",\"" + duplicate
                + "\":1}").status());
        assertEquals(400, scim.post("/scim/v2/Users", USER + "\"userName\":\"" + CustomAttributesIT.unique("u")
                + "\",\"emails\":[" + emails + "],\"" + tooManyEmails + "\":1}").status());
        assertEquals(400, scim.post("/scim/v2/Groups", "{\"schemas\":[\"" + ScimClient.GROUP_SCHEMA
                + "\"],\"displayName\":\"" + badMember + "\",\"members\":[{\"value\":\"no-such-user\"}],\""
                + badMember + "\":1}").status());
        // the same name in a request that succeeds is recorded: the failed ones were not merely late
        String control = CustomAttributesIT.unique("control");
        assertEquals(201, scim.post("/scim/v2/Users", USER + "\"userName\":\"" + CustomAttributesIT.unique("u")
                + "\",\"" + control + "\":1}").status());

        List<String> names = list().stream().filter(r -> !r.getBoolean("notListed", false))
                .map(r -> r.getString("attribute")).toList();
        assertTrue(names.contains(control), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals(duplicate) || n.equals(tooManyEmails) || n.equals(badMember)),
                names.toString());
    }

    @Test
    void clearEmptiesTheReportAndIsAudited() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        ScimClient scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
        assertEquals(201, scim.post("/scim/v2/Users", USER + "\"userName\":\"" + CustomAttributesIT.unique("u")
                + "\",\"" + CustomAttributesIT.unique("clear") + "\":1}").status());
        assertFalse(list().isEmpty());

        Api.Reply cleared = api.send(api.admin(PATH).header("Content-Type", "application/json").DELETE());

        assertEquals(204, cleared.status(), cleared.body());
        assertEquals(List.of(), list());
        Api.Reply audit = api.send(api.admin("/api/admin/audit?type="
                + URLEncoder.encode("Ignored Attributes Cleared", StandardCharsets.UTF_8)
                + "&from=" + URLEncoder.encode(since, StandardCharsets.UTF_8)));
        List<JsonObject> entries = audit.json().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), audit.body());
        assertEquals("admin", entries.get(0).getString("actor"));
        assertTrue(entries.get(0).getJsonObject("fields").getInt("rows removed") >= 1, audit.body());
    }

    @Test
    void listsNewestLastSeenFirstWithTheVendor() throws Exception {
        String older = CustomAttributesIT.unique("older");
        String newer = CustomAttributesIT.unique("newer");
        // Far in the future, so rows of other tests cannot come before these two.
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).plusYears(50).truncatedTo(ChronoUnit.SECONDS);
        insert(older, "OKTA", 3, base);
        insert(newer, "ENTRA_ID", 1, base.plusMinutes(1));

        Api.Reply reply = api.send(api.admin("/api/admin/ignored-attributes"));

        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> rows = reply.array().getValuesAs(JsonObject.class);
        assertEquals(List.of(newer, older), rows.subList(0, 2).stream().map(r -> r.getString("attribute")).toList());
        JsonObject first = rows.get(0);
        assertEquals("ENTRA_ID", first.getString("idp"));
        assertEquals("Microsoft Entra ID", first.getString("vendor"));
        assertEquals(1, first.getInt("occurrences"));
        assertEquals(3, rows.get(1).getInt("occurrences"));
        assertEquals(base.plusMinutes(1).toInstant(), OffsetDateTime.parse(first.getString("lastSeen")).toInstant());
    }

    private List<JsonObject> list() {
        Api.Reply reply = api.send(api.admin(PATH));
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }

    /** How many names of the IdP went unlisted so far. */
    private long notListed(String idp) {
        return list().stream().filter(r -> r.getBoolean("notListed", false) && r.getString("idp").equals(idp))
                .mapToLong(r -> r.getJsonNumber("occurrences").longValue()).sum();
    }

    private void insert(String attribute, String idp, long occurrences, OffsetDateTime lastSeen) throws Exception {
        try (Connection db = server.jdbc();
             PreparedStatement insert = db.prepareStatement("INSERT INTO ignored_attribute"
                     + " (attribute, idp, occurrences, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, attribute);
            insert.setString(2, idp);
            insert.setLong(3, occurrences);
            insert.setObject(4, lastSeen.minusDays(1));
            insert.setObject(5, lastSeen);
            insert.executeUpdate();
        }
    }
}
