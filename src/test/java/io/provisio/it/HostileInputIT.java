package io.provisio.it;

import static io.provisio.it.ScimClient.ENTERPRISE;
import static io.provisio.it.ScimClient.GROUP_SCHEMA;
import static io.provisio.it.ScimClient.USER_SCHEMA;
import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input that used to reach a server error: each gets its SCIM error naming the attribute and the
 * limit, nothing is stored, and the server log gains no stack trace.
 */
class HostileInputIT {

    private static final String CUSTOM = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
    private static final String SEARCH = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private ScimClient scim;

    @BeforeEach
    void token() {
        scim = new ScimClient(api, api.freshToken("OKTA"));
    }

    @Test
    void jsonNestedDeeperThanAThousandLevelsIsASyntaxError() {
        String deep = "[".repeat(1100) + "]".repeat(1100);
        Api.Reply reply = quietly(() -> scim.post("/scim/v2/Users", userWith("\"nested\":" + deep)));
        assertError(reply, 400, "invalidSyntax", "32 levels");
    }

    @Test
    void aNumberOfElevenHundredDigitsIsAnInvalidValueNamingTheAttribute() {
        String huge = "9".repeat(1100);
        Api.Reply search = quietly(() -> scim.post("/scim/v2/Users/.search",
                "{\"schemas\":[\"" + SEARCH + "\"],\"count\":" + huge + "}"));
        assertError(search, 400, "invalidValue", "count", "64");

        String name = customAttribute("integer");
        Api.Reply custom = quietly(() -> scim.post("/scim/v2/Users",
                userWith("\"" + CUSTOM + "\":{\"" + name + "\":" + huge + "}")));
        assertError(custom, 400, "invalidValue", CUSTOM + ":" + name, "64");
    }

    @Test
    void anIntegerOutsideTheColumnsRangeNamesTheRange() {
        String name = customAttribute("integer");
        Api.Reply reply = quietly(() -> scim.post("/scim/v2/Users",
                userWith("\"" + CUSTOM + "\":{\"" + name + "\":9223372036854775808}")));
        assertError(reply, 400, "invalidValue", name, "9223372036854775807");
    }

    @Test
    void anEmailTypeOverSixtyFourCharactersIsRefusedBeforeTheDatabase() {
        String userName = unique("type") + "@example.com";
        Api.Reply reply = quietly(() -> scim.post("/scim/v2/Users", """
                {"schemas":["%s"],"userName":"%s","emails":[{"value":"a@example.com","type":"%s"}]}"""
                .formatted(USER_SCHEMA, userName, "w".repeat(65))));
        assertError(reply, 400, "invalidValue", "emails.type", "64");
        assertEquals(0, scim.filterUsers("userName eq \"" + userName + "\"").json().getInt("totalResults"));
    }

    @Test
    void anUnknownCharsetIs415() {
        Api.Reply reply = quietly(() -> scim.send(scim.request("/scim/v2/Users")
                .header("Content-Type", "application/scim+json; charset=bogus")
                .POST(Api.json(userWith("")))));
        assertError(reply, 415, null, "bogus", "UTF-8");

        Api.Reply latin = quietly(() -> scim.send(scim.request("/scim/v2/Users")
                .header("Content-Type", "application/scim+json; charset=ISO-8859-1")
                .POST(Api.json(userWith("")))));
        assertError(latin, 415, null, "ISO-8859-1", "UTF-8");

        Api.Reply empty = quietly(() -> scim.send(scim.request("/scim/v2/Users/" + UUID.randomUUID())
                .header("Content-Type", "application/scim+json; charset=bogus")
                .method("PATCH", HttpRequest.BodyPublishers.noBody())));
        assertError(empty, 415, null, "bogus");

        Api.Reply pattern = quietly(() -> scim.send(scim.request("/scim/v2/Groups/" + UUID.randomUUID())
                .header("Content-Type", "application/*")
                .method("PATCH", Api.json("{}"))));
        assertError(pattern, 415, null, "application/*");

        Api.Reply utf8 = scim.send(scim.request("/scim/v2/Users")
                .header("Content-Type", "application/scim+json; charset=\"utf-8\"")
                .POST(Api.json(userWith(""))));
        assertEquals(201, utf8.status(), utf8.body());
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsAScimErrorOnEveryMethod() {
        for (String type : new String[] {"a/b/c", "garbage"}) {
            for (String method : new String[] {"POST", "PUT", "PATCH"}) {
                String path = method.equals("POST") ? "/scim/v2/Users" : "/scim/v2/Users/" + UUID.randomUUID();
                Api.Reply reply = quietly(() -> scim.send(scim.request(path).header("Content-Type", type)
                        .method(method, Api.json(userWith("")))));
                // the runtime may refuse the header (400) before Provisio's filter does (415); either
                // way through the application, so a SCIM error, not a static page or a 501
                assertTrue(reply.status() == 400 || reply.status() == 415, method + " " + type + ": " + reply.body());
                assertError(reply, reply.status(), null);
            }
        }
    }

    @Test
    void aFilterHoldingUPlus0000IsAnInvalidFilter() {
        Api.Reply escaped = quietly(() -> scim.filterUsers("userName eq \"a\\u0000b\""));
        assertError(escaped, 400, "invalidFilter", "U+0000");

        Api.Reply raw = quietly(() -> scim.get("/scim/v2/Groups?filter="
                + URLEncoder.encode("displayName eq \"a\u0000b\"", StandardCharsets.UTF_8)));
        assertError(raw, 400, "invalidFilter", "U+0000");

        Api.Reply id = quietly(() -> scim.get("/scim/v2/Users/%00"));
        assertTrue(id.status() == 400 || id.status() == 404, id.status() + " " + id.body());
    }

    @Test
    void textADatabaseCannotStoreIsAnInvalidValueNamingTheAttribute() {
        Api.Reply nul = quietly(() -> scim.post("/scim/v2/Users",
                "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + unique("nul") + "\","
                        + "\"" + ENTERPRISE + "\":{\"department\":\"Sa\\u0000les\"}}"));
        assertError(nul, 400, "invalidValue", ENTERPRISE + ":department", "U+0000");

        Api.Reply surrogate = quietly(() -> scim.post("/scim/v2/Groups",
                "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"x\\ud800y\"}"));
        assertError(surrogate, 400, "invalidValue", "displayName", "surrogate");
    }

    @Test
    void trailingContentTwoValuesAndDuplicateKeysAreSyntaxErrors() {
        String user = userWith("");
        assertError(quietly(() -> scim.post("/scim/v2/Users", user + " trailing")), 400, "invalidSyntax", "nothing after");
        assertError(quietly(() -> scim.post("/scim/v2/Users", user + user)), 400, "invalidSyntax", "nothing after");
        String duplicate = "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + unique("a")
                + "\",\"userName\":\"" + unique("b") + "\"}";
        assertError(quietly(() -> scim.post("/scim/v2/Users", duplicate)), 400, "invalidSyntax", "userName", "twice");
        String otherCase = "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + unique("a")
                + "\",\"USERNAME\":\"" + unique("b") + "\"}";
        assertError(quietly(() -> scim.post("/scim/v2/Users", otherCase)), 400, "invalidSyntax", "USERNAME", "twice");
        String search = "{\"schemas\":[\"" + SEARCH + "\"],\"count\":1,\"count\":2}";
        assertError(quietly(() -> scim.post("/scim/v2/Groups/.search", search)), 400, "invalidSyntax", "count");
    }

    @Test
    void aDecimalTheColumnCannotHoldExactlyIsRefusedNotRounded() {
        String name = customAttribute("decimal");
        Api.Reply tiny = quietly(() -> scim.post("/scim/v2/Users",
                userWith("\"" + CUSTOM + "\":{\"" + name + "\":1E-50}")));
        assertError(tiny, 400, "invalidValue", CUSTOM + ":" + name, "10");
        Api.Reply wide = quietly(() -> scim.post("/scim/v2/Users",
                userWith("\"" + CUSTOM + "\":{\"" + name + "\":1E+30}")));
        assertError(wide, 400, "invalidValue", name, "28");

        Api.Reply exact = scim.post("/scim/v2/Users", userWith("\"" + CUSTOM + "\":{\"" + name + "\":12.5000000000000}"));
        assertEquals(201, exact.status(), exact.body());
        assertEquals(0, exact.json().getJsonObject(CUSTOM).getJsonNumber(name).bigDecimalValue()
                .compareTo(new java.math.BigDecimal("12.5")), exact.body());
    }

    @Test
    void aTakenUserNameIsAConflictWithoutAStackTrace() {
        // with an email, the user's row goes to the database in a batch with the email's
        String userName = unique("taken") + "@example.com";
        String user = "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName + "\","
                + "\"emails\":[{\"value\":\"t@example.com\"}]," + "\"" + ENTERPRISE + "\":{\"department\":\"D\"}}";
        assertEquals(201, scim.post("/scim/v2/Users", user).status());
        Api.Reply again = quietly(() -> scim.post("/scim/v2/Users", user.replace(userName, userName.toUpperCase())));
        assertError(again, 409, "uniqueness");
    }

    /** Runs the request and checks the server log gained no stack trace and no SEVERE entry. */
    private Api.Reply quietly(Supplier<Api.Reply> request) {
        int before = server.log().length();
        Api.Reply reply = request.get();
        settle();
        String added = server.log().substring(before);
        assertFalse(added.contains("\tat ") || added.contains("SEVERE"), "the log gained a stack trace:\n" + added);
        return reply;
    }

    /** The server writes its log as it answers; give the last entry a moment to reach the file. */
    private static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertError(Api.Reply reply, int status, String scimType, String... inDetail) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/scim+json"), reply.header("Content-Type"));
        JsonObject error = reply.json();
        assertEquals(String.valueOf(status), error.getString("status"), reply.body());
        if (scimType != null) {
            assertEquals(scimType, error.getString("scimType", null), reply.body());
        }
        for (String part : inDetail) {
            assertTrue(error.getString("detail").contains(part), "detail should name " + part + ": " + reply.body());
        }
    }

    private static String userWith(String extra) {
        return "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + unique("hostile") + "@example.com\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private String customAttribute(String type) {
        String name = "h" + unique("attr").replace("-", "");
        Api.Reply reply = api.send(api.admin("/api/admin/custom-attributes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}")));
        assertEquals(201, reply.status(), reply.body());
        return name;
    }
}
