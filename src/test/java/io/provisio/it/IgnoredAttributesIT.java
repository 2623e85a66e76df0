package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin sees what IdPs sent that Provisio does not keep, most recently seen first. */
class IgnoredAttributesIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

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
