package io.provisio.it;

import static io.provisio.it.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging by cursor (RFC 9865) on /Users and /Groups, beside paging by index (RFC 7644 section 3.4.2.4). */
class CursorPagingIT {

    private final Api api = new Api(ProvisioServer.shared());
    private ScimClient scim;
    private String prefix;

    @BeforeEach
    void client() {
        scim = new ScimClient(api, api.freshToken("OKTA"));
        prefix = unique("cur").toLowerCase();
    }

    private List<String> createUsers(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(scim.createUser(prefix + "-" + i).getString("id"));
        }
        return ids;
    }

    private String mine() {
        return "&filter=" + URLEncoder.encode("userName sw \"" + prefix + "\"", StandardCharsets.UTF_8);
    }

    /** Every page of a cursor walk, each page's JSON handed to the check first. */
    private List<String> walk(String path, String query, int count, Consumer<JsonObject> eachPage) {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        for (int pages = 0; pages < 100; pages++) {
            Api.Reply reply = scim.get(path + "?count=" + count + query + "&cursor=" + cursor);
            assertEquals(200, reply.status(), reply.body());
            JsonObject page = reply.json();
            eachPage.accept(page);
            page.getJsonArray("Resources").getValuesAs(JsonObject.class).forEach(r -> ids.add(r.getString("id")));
            if (!page.containsKey("nextCursor")) {
                return ids;
            }
            cursor = page.getString("nextCursor");
        }
        throw new AssertionError("no last page after 100 pages");
    }

    private List<String> byIndex(String path, String query) {
        Api.Reply reply = scim.get(path + "?startIndex=1&count=200" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id")).toList();
    }

    @Test
    void serviceProviderConfigAdvertisesBothWaysToPage() {
        Api.Reply reply = scim.get("/scim/v2/ServiceProviderConfig");
        assertEquals(200, reply.status(), reply.body());
        JsonObject pagination = reply.json().getJsonObject("pagination");
        assertTrue(pagination.getBoolean("cursor"));
        assertTrue(pagination.getBoolean("index"));
        assertEquals("index", pagination.getString("defaultPaginationMethod"));
        assertEquals(reply.json().getJsonObject("filter").getInt("maxResults"), pagination.getInt("maxPageSize"));
        assertTrue(pagination.getInt("defaultPageSize") <= pagination.getInt("maxPageSize"));
        assertFalse(pagination.containsKey("cursorTimeout"), "cursors do not expire, so no timeout is advertised");
    }

    @Test
    void aCursorWalkReturnsEveryUserOnceInTheOrderOfIndexPaging() {
        List<String> created = createUsers(7);
        List<Integer> sizes = new ArrayList<>();
        List<String> walked = walk("/scim/v2/Users", mine(), 3, page -> {
            assertEquals(7, page.getInt("totalResults"));
            assertFalse(page.containsKey("startIndex"), "a cursor page has no startIndex: " + page);
            sizes.add(page.getInt("itemsPerPage"));
        });
        assertEquals(List.of(3, 3, 1), sizes, "the last page is known as the last: no empty page after it");
        assertEquals(Set.copyOf(created), Set.copyOf(walked));
        assertEquals(byIndex("/scim/v2/Users", mine()), walked);
    }

    @Test
    void anExactlyFullLastPageHasNoNextCursor() {
        createUsers(4);
        List<Boolean> hasNext = new ArrayList<>();
        walk("/scim/v2/Users", mine(), 2, page -> hasNext.add(page.containsKey("nextCursor")));
        assertEquals(List.of(true, false), hasNext);
    }

    @Test
    void sortedByUserNameInEitherOrder() {
        createUsers(5);
        for (String order : new String[] {"ascending", "descending"}) {
            String query = mine() + "&sortBy=userName&sortOrder=" + order;
            List<String> walked = walk("/scim/v2/Users", query, 2, page -> { });
            assertEquals(byIndex("/scim/v2/Users", query), walked, order);
            assertEquals(5, walked.size());
        }
    }

    @Test
    void usersCreatedAndDeletedDuringAWalkMoveNoOtherUser() {
        List<String> created = createUsers(6);
        Api.Reply first = scim.get("/scim/v2/Users?count=2" + mine() + "&cursor");
        assertEquals(200, first.status(), first.body());
        List<String> seen = new ArrayList<>(first.json().getJsonArray("Resources").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("id")).toList());
        // by index, deleting a user already listed would shift an unseen one onto page 1, and skip it
        assertEquals(204, scim.delete("/scim/v2/Users/" + seen.get(0)).status());
        List<String> added = createUsers(2);
        String cursor = first.json().getString("nextCursor");
        while (cursor != null) {
            Api.Reply reply = scim.get("/scim/v2/Users?count=2" + mine() + "&cursor=" + cursor);
            assertEquals(200, reply.status(), reply.body());
            reply.json().getJsonArray("Resources").getValuesAs(JsonObject.class)
                    .forEach(r -> seen.add(r.getString("id")));
            cursor = reply.json().containsKey("nextCursor") ? reply.json().getString("nextCursor") : null;
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no user twice: " + seen);
        assertTrue(seen.containsAll(created), "every user that existed throughout is listed: " + seen);
        assertTrue(seen.stream().allMatch(id -> created.contains(id) || added.contains(id)));
    }

    @Test
    void groupsPageByCursorByIdOrDisplayName() {
        String member = scim.createUser(prefix).getString("id");
        for (int i = 0; i < 5; i++) {
            scim.createGroup(prefix + "-g" + i, member);
        }
        String query = "&filter=" + URLEncoder.encode("displayName sw \"" + prefix + "\"", StandardCharsets.UTF_8);
        for (String sort : new String[] {"", "&sortBy=displayName&sortOrder=descending"}) {
            List<String> walked = walk("/scim/v2/Groups", query + sort, 2, page -> {
                assertEquals(5, page.getInt("totalResults"));
                assertFalse(page.containsKey("startIndex"));
                page.getJsonArray("Resources").getValuesAs(JsonObject.class).forEach(g ->
                        assertEquals(member, g.getJsonArray("members").getJsonObject(0).getString("value")));
            });
            assertEquals(byIndex("/scim/v2/Groups", query + sort), walked, sort);
            assertEquals(5, walked.size());
        }
    }

    @Test
    void aSearchRequestPagesByCursorToo() {
        List<String> created = createUsers(3);
        List<String> walked = new ArrayList<>();
        String cursor = "";
        do {
            Api.Reply reply = scim.post("/scim/v2/Users/.search", """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                     "filter":"userName sw \\"%s\\"","count":2,"cursor":"%s"}""".formatted(prefix, cursor));
            assertEquals(200, reply.status(), reply.body());
            reply.json().getJsonArray("Resources").getValuesAs(JsonObject.class).forEach(r -> walked.add(r.getString("id")));
            cursor = reply.json().containsKey("nextCursor") ? reply.json().getString("nextCursor") : null;
        } while (cursor != null);
        assertEquals(Set.copyOf(created), Set.copyOf(walked));
        assertEquals(3, walked.size());
    }

    @Test
    void badCursorRequestsGetAClearScimError() {
        createUsers(3);
        String next = scim.get("/scim/v2/Users?count=1" + mine() + "&cursor").json().getString("nextCursor");
        assertError(scim.get("/scim/v2/Users?cursor=not-a-cursor"), "invalidCursor", "not one Provisio issued");
        assertError(scim.get("/scim/v2/Users?count=1&cursor=" + next), "invalidCursor", "another query");
        assertError(scim.get("/scim/v2/Users?count=1&filter=active%20eq%20true&cursor=" + next), "invalidCursor",
                "another query");
        assertError(scim.get("/scim/v2/Groups?count=1&cursor=" + next), "invalidCursor", "another query");
        assertError(scim.get("/scim/v2/Users?startIndex=2&cursor=" + next), "invalidValue", "not both");
        assertError(scim.get("/scim/v2/Users?count=0&cursor"), "invalidCount", "between 1 and");
        assertError(scim.get("/scim/v2/Users?sortBy=displayName&cursor"), "invalidValue", "page by startIndex");
        assertError(scim.get("/scim/v2/Users?sortBy=nickName&cursor"), "invalidValue", "Cannot sort by");
        assertError(scim.get("/scim/v2/Groups?sortBy=externalId&cursor"), "invalidValue", "page by startIndex");
    }

    private static void assertError(Api.Reply reply, String scimType, String detailPart) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(scimType, reply.json().getString("scimType"), reply.body());
        assertTrue(reply.json().getString("detail").contains(detailPart), reply.body());
    }

    @Test
    void sortOrderWithoutSortByKeepsTheDefaultOrderOnEveryPage() {
        createUsers(5);
        String query = mine() + "&sortOrder=descending";
        List<String> all = byIndex("/scim/v2/Users", query);
        List<String> paged = new ArrayList<>();
        for (int start = 1; start <= 5; start += 2) {
            Api.Reply reply = scim.get("/scim/v2/Users?startIndex=" + start + "&count=2" + query);
            assertEquals(200, reply.status(), reply.body());
            reply.json().getJsonArray("Resources").getValuesAs(JsonObject.class).forEach(r -> paged.add(r.getString("id")));
        }
        assertEquals(all, paged);
        assertEquals(all, walk("/scim/v2/Users", query, 2, page -> { }));
    }
}
