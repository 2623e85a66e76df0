package io.provisio.it;

import static io.provisio.it.ScimClient.ENTERPRISE;
import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filtering, sorting, paging and projection of users (RFC 7644 section 3.4.2). */
class UserQueriesIT {

    private final Api api = new Api(ProvisioServer.shared());
    private ScimClient scim;
    private String prefix;

    @BeforeEach
    void users() {
        scim = new ScimClient(api, api.freshToken("OKTA"));
        prefix = unique("q").toLowerCase();
        create("anna", "Anna", "Smith", "anna@corp.example", "work", true, "Sales");
        create("ben", "Ben", "Jones", "ben@home.example", "home", true, "Engineering");
        create("cara", "Cara", "Smith", "cara@corp.example", "work", false, "Engineering");
    }

    private void create(String who, String given, String family, String email, String type, boolean active, String dept) {
        scim.post("/scim/v2/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s-%s@example.com",
                 "displayName":"%s %s","name":{"givenName":"%s","familyName":"%s"},"active":%s,
                 "emails":[{"value":"%s","type":"%s","primary":true}],"%s":{"department":"%s"}}"""
                .formatted(prefix, who, given, family, given, family, active, email, type, ENTERPRISE, dept));
    }

    private List<String> names(String filter) {
        Api.Reply reply = scim.filterUsers("userName sw \"" + prefix + "\" and (" + filter + ")");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("userName").substring(prefix.length() + 1).replace("@example.com", ""))
                .sorted().toList();
    }

    @Test
    void everyOperatorOnCoreAttributes() {
        assertEquals(List.of("anna"), names("userName eq \"" + prefix.toUpperCase() + "-ANNA@example.com\""));
        assertEquals(List.of("ben", "cara"), names("userName ne \"" + prefix + "-anna@example.com\""));
        assertEquals(List.of("anna", "cara"), names("name.familyName eq \"smith\""));
        assertEquals(List.of("ben"), names("displayName co \"en j\""));
        assertEquals(List.of("cara"), names("displayName ew \"RA SMITH\""));
        assertEquals(List.of("anna", "ben", "cara"), names("displayName pr"));
        assertEquals(List.of("cara"), names("active eq false"));
        assertEquals(List.of("anna", "ben"), names("active eq \"True\""));
        assertEquals(List.of("ben", "cara"), names("name.givenName gt \"anna\""));
        assertEquals(List.of("anna", "ben"), names("name.givenName le \"ben\""));
    }

    @Test
    void logicAndParentheses() {
        assertEquals(List.of("anna"), names("name.familyName eq \"Smith\" and active eq true"));
        assertEquals(List.of("anna", "ben"), names("displayName sw \"An\" or displayName sw \"Ben\""));
        assertEquals(List.of("ben"), names("not (name.familyName eq \"Smith\")"));
        assertEquals(List.of("anna", "cara"), names("(active eq true and name.givenName eq \"Anna\") or active eq false"));
    }

    @Test
    void emailsAndValuePaths() {
        assertEquals(List.of("anna", "cara"), names("emails co \"@corp.example\""));
        assertEquals(List.of("ben"), names("emails.type eq \"home\""));
        assertEquals(List.of("anna", "cara"), names("emails[type eq \"work\" and value co \"corp\"]"));
        assertEquals(List.of("ben"), names("emails[value ew \"home.example\"]"));
    }

    @Test
    void extensionAndMetaAttributes() {
        assertEquals(List.of("ben", "cara"), names(ENTERPRISE + ":department eq \"engineering\""));
        assertEquals(List.of("anna", "ben", "cara"), names("meta.created gt \"2020-01-01T00:00:00Z\""));
        assertEquals(List.of(), names("meta.lastModified lt \"2020-01-01T00:00:00Z\""));
    }

    @Test
    void badFiltersAnswerInvalidFilter() {
        for (String filter : List.of("userName eq", "userName xx \"a\"", "title eq \"x\"", "active gt true",
                "meta.created gt \"yesterday\"", "((userName eq \"a\")", "userName eq \"a\" and",
                "emails[type eq \"work\"", "userName eq \"a\") or (1 eq 1", "x".repeat(5000))) {
            Api.Reply reply = scim.filterUsers(filter);
            UsersIT.assertError(reply, 400, "invalidFilter");
        }
    }

    @Test
    void anEntraTestConnectionFindsNothingAndSucceeds() {
        Api.Reply reply = scim.filterUsers("userName eq \"" + UUID.randomUUID() + "\"");

        assertEquals(200, reply.status());
        assertEquals(0, reply.json().getInt("totalResults"));
        assertTrue(reply.json().getJsonArray("Resources").isEmpty());
    }

    @Test
    void plusEncodedFiltersAreUnderstood() {
        String filter = "userName+eq+%22" + prefix + "-anna%40example.com%22";

        Api.Reply reply = scim.get("/scim/v2/Users?filter=" + filter + "&startIndex=1&count=100");

        assertEquals(1, reply.json().getInt("totalResults"), reply.body());
    }

    @Test
    void pagingIsStableAndTotalResultsCountsAll() {
        String base = "/scim/v2/Users?filter=" + enc("userName sw \"" + prefix + "\"") + "&sortBy=userName";
        JsonObject first = scim.get(base + "&startIndex=1&count=2").json();
        JsonObject second = scim.get(base + "&startIndex=3&count=2").json();
        JsonObject none = scim.get(base + "&count=0").json();
        JsonObject descending = scim.get(base + "&sortOrder=descending&count=1").json();

        assertEquals(3, first.getInt("totalResults"));
        assertEquals(2, first.getInt("itemsPerPage"));
        assertEquals(3, second.getInt("startIndex"));
        assertEquals(1, second.getJsonArray("Resources").size());
        assertTrue(first.getJsonArray("Resources").getJsonObject(0).getString("userName").contains("-anna"));
        assertTrue(second.getJsonArray("Resources").getJsonObject(0).getString("userName").contains("-cara"));
        assertEquals(3, none.getInt("totalResults"));
        assertTrue(none.getJsonArray("Resources").isEmpty());
        assertTrue(descending.getJsonArray("Resources").getJsonObject(0).getString("userName").contains("-cara"));
        UsersIT.assertError(scim.get(base + "&sortOrder=sideways"), 400, "invalidValue");
        UsersIT.assertError(scim.get("/scim/v2/Users?sortBy=emails"), 400, "invalidValue");
        UsersIT.assertError(scim.get("/scim/v2/Users?count=many"), 400, "invalidValue");
    }

    @Test
    void pagingInOrderAnswersWhatOneBigPageWould() {
        for (String sort : List.of("", "&sortBy=userName", "&sortBy=userName&sortOrder=descending", "&sortBy=id")) {
            String base = "/scim/v2/Users?filter=" + enc("userName sw \"" + prefix + "\"") + sort;
            List<String> all = ids(scim.get(base + "&count=10").json());
            List<String> paged = new java.util.ArrayList<>();
            for (int start = 1; start <= 3; start++) {
                paged.addAll(ids(scim.get(base + "&startIndex=" + start + "&count=1").json()));
            }
            assertEquals(all, paged, sort);
        }
    }

    @Test
    void aChangeBetweenPagesIsSeenByTheNextPage() {
        String base = "/scim/v2/Users?filter=" + enc("userName sw \"" + prefix + "\"") + "&sortBy=userName&count=1";
        assertEquals(1, ids(scim.get(base + "&startIndex=1").json()).size()); // anna; leaves a cursor at 2
        String anna = scim.filterUsers("userName eq \"" + prefix + "-anna@example.com\"").json()
                .getJsonArray("Resources").getJsonObject(0).getString("id");

        // removing a row before the cursor shifts every index: a stale cursor would answer ben
        assertEquals(204, scim.delete("/scim/v2/Users/" + anna).status());

        JsonObject second = scim.get(base + "&startIndex=2").json();
        assertEquals(2, second.getInt("totalResults"));
        assertTrue(second.getJsonArray("Resources").getJsonObject(0).getString("userName").contains("-cara"));
    }

    @Test
    void injectionAttemptsAreJustValues() {
        assertEquals(List.of(), names("userName eq \"x' OR '1'='1\""));
        assertEquals(List.of(), names("displayName co \"%\""));
        assertEquals(List.of(), names("displayName sw \"_\""));
        assertEquals(List.of("anna", "ben", "cara"), names("userName co \"" + prefix + "\""));
        UsersIT.assertError(scim.filterUsers("userName eq \"a\"; DROP TABLE scim_user"), 400, "invalidFilter");
        assertEquals(3, scim.filterUsers("userName sw \"" + prefix + "\"").json().getInt("totalResults"));
    }

    @Test
    void wildcardAndEscapeCharactersMatchThemselves() {
        create("pct", "50%", "Off", "pct@corp.example", "work", true, "Sales");
        create("pctx", "50x", "Off", "pctx@corp.example", "work", true, "Sales");
        create("under", "A_b", "Lee", "under@corp.example", "work", true, "Sales");
        create("underx", "Axb", "Lee", "underx@corp.example", "work", true, "Sales");
        create("slash", "Back\\\\slash", "Lee", "slash@corp.example", "work", true, "Sales");

        assertEquals(List.of("pct"), names("displayName co \"0%\""));
        assertEquals(List.of("under"), names("displayName sw \"a_\""));
        assertEquals(List.of("under"), names("displayName ew \"_b lee\""));
        assertEquals(List.of("slash"), names("displayName co \"k\\\\s\""));
        // with a boolean beside it: the statement stays bound, whatever the provider
        assertEquals(List.of("under"), names("active eq true and displayName co \"_\""));
        assertEquals(List.of("pctx", "underx"), names("displayName co \"x\""));
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("Resources").getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).toList();
    }

    @Test
    void attributesAndExcludedAttributesShapeTheAnswer() {
        String filter = "&filter=" + enc("userName eq \"" + prefix + "-anna@example.com\"");
        JsonObject only = scim.get("/scim/v2/Users?attributes=userName,name.givenName," + ENTERPRISE + ":department"
                + filter).json().getJsonArray("Resources").getJsonObject(0);
        JsonObject without = scim.get("/scim/v2/Users?excludedAttributes=emails,name" + filter)
                .json().getJsonArray("Resources").getJsonObject(0);

        assertEquals(List.of("id", "userName", "name", ENTERPRISE, "schemas").stream().sorted().toList(),
                only.keySet().stream().sorted().toList());
        assertEquals("Anna", only.getJsonObject("name").getString("givenName"));
        assertFalse(only.getJsonObject("name").containsKey("familyName"));
        assertFalse(without.containsKey("emails"));
        assertFalse(without.containsKey("name"));
        assertTrue(without.containsKey("displayName"));
    }

    @Test
    void searchByPost() {
        Api.Reply reply = scim.post("/scim/v2/Users/.search", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName sw \\"%s\\" and active eq true","sortBy":"userName","startIndex":1,"count":10,
                 "attributes":["userName"]}""".formatted(prefix));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(2, reply.json().getInt("totalResults"));
        assertFalse(reply.json().getJsonArray("Resources").getJsonObject(0).containsKey("emails"));
        UsersIT.assertError(scim.post("/scim/v2/Users/.search", "{\"filter\":\"userName pr\"}"), 400, "invalidSyntax");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
