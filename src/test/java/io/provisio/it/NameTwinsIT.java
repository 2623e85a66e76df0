package io.provisio.it;

import static io.provisio.it.ScimClient.GROUP_SCHEMA;
import static io.provisio.it.ScimClient.USER_SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names a person cannot tell apart are one name: next to {@code alice…}, each twin is refused (400
 * invalidValue: control and format characters) or collides (409 uniqueness), for userName and for a
 * group's displayName; the look-up an IdP makes before a create finds the user a create would
 * collide with; a name is stored as sent, in NFC.
 */
class NameTwinsIT {

    /** Twins of "alice" + suffix that hold a control or format character. */
    private static final List<String[]> REFUSED = List.of(
            new String[] {"", "\u200B"}, new String[] {"", "\u200D"}, new String[] {"\uFEFF", ""},
            new String[] {"\u00AD", ""}, new String[] {"", "\t"}, new String[] {"", "\n"}, new String[] {"", "\u0000"});
    /** Twins of "alice" + suffix that differ only in what a person cannot see. */
    private static final List<String[]> COLLIDING = List.of(
            new String[] {"", "\u00A0"}, new String[] {" ", ""}, new String[] {"", " "}, new String[] {"\u3000", ""},
            new String[] {"", "\uFE0F"}, new String[] {"", "\u3164"});
    private static final String FULLWIDTH = "\uFF41\uFF4C\uFF49\uFF43\uFF45";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private final String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
    private ScimClient scim;

    @BeforeEach
    void token() {
        scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
    }

    @Test
    void userNameTwinsAreRefusedOrCollide() {
        String alice = "alice" + suffix;
        String id = created(postUser(alice)).getString("id");

        for (String[] twin : REFUSED) {
            expect(400, "invalidValue", postUser(twin[0] + alice + twin[1]), twin);
        }
        for (String[] twin : COLLIDING) {
            String name = twin[0] + alice + twin[1];
            expect(409, "uniqueness", postUser(name), twin);
            // the look-up an IdP makes first finds the user the create collides with
            Api.Reply lookup = scim.filterUsers("userName eq " + quoted(name));
            assertEquals(1, lookup.json().getInt("totalResults"), lookup.body());
            assertEquals(id, lookup.json().getJsonArray("Resources").getJsonObject(0).getString("id"));
        }
        expect(409, "uniqueness", postUser(FULLWIDTH + suffix), new String[] {"fullwidth"});
        expect(409, "uniqueness", postUser("ALICE" + suffix), new String[] {"upper case"});
        assertEquals(1, scim.filterUsers("userName eq " + quoted(FULLWIDTH + suffix)).json().getInt("totalResults"));
        // a refused name matches nothing, so the create after it is the 400, not a surprise
        assertEquals(0, scim.filterUsers("userName eq " + quoted(alice + "\u200B")).json().getInt("totalResults"));

        // a PUT repeating the name in another width is the same name, kept as stored
        Api.Reply put = scim.put("/scim/v2/Users/" + id, body(USER_SCHEMA, "userName", FULLWIDTH + suffix));
        assertEquals(200, put.status(), put.body());
        assertEquals(alice, put.json().getString("userName"));
    }

    @Test
    void userNamesWithoutAVisibleCharacterAreMissing() {
        for (String blank : List.of("\u200B\u200B", "\u00A0 \u3000", "\u3164", "   ")) {
            expect(400, "invalidValue", postUser(blank), new String[] {blank});
        }
    }

    @Test
    void aUserNameIsStoredAsSentInNfc() {
        String nfd = "jose\u0301" + suffix;
        String nfc = "jos\u00E9" + suffix;
        JsonObject user = created(postUser(nfd));
        assertEquals(nfc, user.getString("userName"));
        assertEquals(nfc, scim.get("/scim/v2/Users/" + user.getString("id")).json().getString("userName"));
        expect(409, "uniqueness", postUser(nfc), new String[] {"nfc"});
        assertEquals(1, scim.filterUsers("userName eq " + quoted(nfd)).json().getInt("totalResults"));

        JsonObject spaced = created(postUser(" Spaced\u00A0" + suffix + " "));
        assertEquals(" Spaced\u00A0" + suffix + " ", spaced.getString("userName"));
    }

    @Test
    void groupDisplayNameTwinsAreRefusedOrCollide() {
        String sales = "alice" + suffix;
        String id = created(postGroup(sales)).getString("id");

        for (String[] twin : REFUSED) {
            expect(400, "invalidValue", postGroup(twin[0] + sales + twin[1]), twin);
        }
        for (String[] twin : COLLIDING) {
            String name = twin[0] + sales + twin[1];
            expect(409, "uniqueness", postGroup(name), twin);
            Api.Reply lookup = scim.filterGroups("displayName eq " + quoted(name), "");
            assertEquals(1, lookup.json().getInt("totalResults"), lookup.body());
            assertEquals(id, lookup.json().getJsonArray("Resources").getJsonObject(0).getString("id"));
        }
        expect(409, "uniqueness", postGroup(FULLWIDTH + suffix), new String[] {"fullwidth"});
        for (String blank : List.of("\u200B", "\u00A0\u3000", "\u3164")) {
            expect(400, "invalidValue", postGroup(blank), new String[] {blank});
        }

        // a rename is held to the same rules
        String other = created(postGroup("other" + suffix)).getString("id");
        expect(409, "uniqueness", scim.patch("/scim/v2/Groups/" + other,
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":" + quoted(FULLWIDTH + suffix) + "}]"),
                new String[] {"rename"});
        expect(400, "invalidValue", scim.patch("/scim/v2/Groups/" + other,
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":" + quoted("other\u200B" + suffix) + "}]"),
                new String[] {"rename"});

        JsonObject nfd = created(postGroup("Equipe\u0301" + suffix));
        assertEquals("Equip\u00E9" + suffix, nfd.getString("displayName"));
    }

    private Api.Reply postUser(String userName) {
        return scim.post("/scim/v2/Users", body(USER_SCHEMA, "userName", userName));
    }

    private Api.Reply postGroup(String displayName) {
        return scim.post("/scim/v2/Groups", body(GROUP_SCHEMA, "displayName", displayName));
    }

    /** The JSON text with the name escaped by a JSON writer, as an IdP sends control characters. */
    private static String body(String schema, String attribute, String name) {
        return Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(schema))
                .add(attribute, name).build().toString();
    }

    private static String quoted(String value) {
        return Json.createValue(value).toString();
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static void expect(int status, String scimType, Api.Reply reply, String[] twin) {
        String what = String.join("|", twin).codePoints().mapToObj(cp -> String.format("U+%04X", cp)).toList()
                + ": " + reply.body();
        assertEquals(status, reply.status(), what);
        assertEquals(scimType, reply.json().getString("scimType"), what);
    }
}
