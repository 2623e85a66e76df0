package io.provisio.it;

import static io.provisio.it.ScimClient.GROUP_SCHEMA;
import static io.provisio.it.ScimClient.unique;
import static io.provisio.it.UsersIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group resource of RFC 7643 section 4.2 over HTTP: CRUD, filters, membership, audit. */
class GroupsIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private ScimClient scim;

    @BeforeEach
    void token() {
        scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
    }

    @Test
    void createGetPutPatchDelete() {
        String alice = scim.createUser("g-alice", ",\"displayName\":\"Alice A\"").getString("id");
        String bob = scim.createUser("g-bob").getString("id");
        String name = unique("Sales");
        Api.Reply created = scim.post("/scim/v2/Groups", """
                {"schemas":["%s"],"displayName":"%s","externalId":"ext-g","members":[{"value":"%s"}]}"""
                .formatted(GROUP_SCHEMA, name, alice));
        assertEquals(201, created.status(), created.body());
        JsonObject group = created.json();
        String id = group.getString("id");
        assertEquals(server.uri("/scim/v2/Groups/" + id).toString(), created.header("Location"));
        assertEquals(created.header("ETag"), group.getJsonObject("meta").getString("version"));
        JsonObject member = group.getJsonArray("members").getJsonObject(0);
        assertEquals(alice, member.getString("value"));
        assertEquals("Alice A", member.getString("display"));
        assertEquals("User", member.getString("type"));
        assertEquals(server.uri("/scim/v2/Users/" + alice).toString(), member.getString("$ref"));
        assertEquals(group, scim.get("/scim/v2/Groups/" + id).json());

        Api.Reply put = scim.put("/scim/v2/Groups/" + id, """
                {"schemas":["%s"],"displayName":"%s-2","members":[{"value":"%s"},{"value":"%s"}]}"""
                .formatted(GROUP_SCHEMA, name, bob, bob));
        assertEquals(200, put.status(), put.body());
        assertEquals(List.of(bob), values(put.json()));

        Api.Reply patched = scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"Replace\",\"path\":\"displayName\","
                + "\"value\":\"" + name + "-3\"}]");
        assertEquals(204, patched.status(), patched.body());
        assertNotEquals(put.header("ETag"), patched.header("ETag"));
        assertEquals(name + "-3", scim.get("/scim/v2/Groups/" + id).json().getString("displayName"));

        assertEquals(204, scim.delete("/scim/v2/Groups/" + id).status());
        assertEquals(404, scim.get("/scim/v2/Groups/" + id).status());
    }

    @Test
    void displayNameIsUniqueIgnoringCaseAndIfMatchIsChecked() {
        JsonObject group = scim.createGroup("Uniq");
        Api.Reply again = scim.post("/scim/v2/Groups", "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\""
                + group.getString("displayName").toUpperCase() + "\"}");
        assertError(again, 409, "uniqueness");

        String id = group.getString("id");
        Api.Reply stale = scim.put("/scim/v2/Groups/" + id, "{\"schemas\":[\"" + GROUP_SCHEMA
                + "\"],\"displayName\":\"x-" + id + "\"}", "W/\"999\"");
        assertEquals(412, stale.status(), stale.body());
        assertEquals(200, scim.put("/scim/v2/Groups/" + id, "{\"schemas\":[\"" + GROUP_SCHEMA
                + "\"],\"displayName\":\"x-" + id + "\"}", group.getJsonObject("meta").getString("version")).status());
    }

    @Test
    void filtersByDisplayNameAndMembership() {
        String user = scim.createUser("g-filter").getString("id");
        JsonObject group = scim.createGroup("Filter", user);
        String id = group.getString("id");
        String name = group.getString("displayName");

        Api.Reply byName = scim.filterGroups("displayName eq \"" + name.toLowerCase() + "\"", "&excludedAttributes=members");
        assertEquals(1, byName.json().getInt("totalResults"), byName.body());
        JsonObject found = byName.json().getJsonArray("Resources").getJsonObject(0);
        assertEquals(id, found.getString("id"));
        assertFalse(found.containsKey("members"));

        for (String filter : List.of("members.value eq \"" + user + "\"", "members[value eq \"" + user + "\"]",
                "id eq \"" + id + "\" and members eq \"" + user + "\"")) {
            Api.Reply reply = scim.filterGroups(filter, "");
            assertEquals(1, reply.json().getInt("totalResults"), filter + ": " + reply.body());
        }
        assertEquals(0, scim.filterGroups("id eq \"" + id + "\" and members eq \"nobody\"", "")
                .json().getInt("totalResults"));
        Api.Reply search = scim.post("/scim/v2/Groups/.search", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:"
                + "SearchRequest\"],\"filter\":\"displayName eq \\\"" + name + "\\\"\",\"attributes\":[\"displayName\"]}");
        assertEquals(1, search.json().getInt("totalResults"), search.body());
        assertFalse(search.json().getJsonArray("Resources").getJsonObject(0).containsKey("members"));
        assertFalse(scim.get("/scim/v2/Groups/" + id + "?excludedAttributes=members").json().containsKey("members"));
    }

    @Test
    void aMembersOnlyPatchAnswersTheVersionAndTimeTheGroupNowHas() {
        String user = scim.createUser("g-version").getString("id");
        String id = scim.createGroup("Version").getString("id");
        String before = scim.get("/scim/v2/Groups/" + id).header("ETag");

        Api.Reply added = scim.patch("/scim/v2/Groups/" + id + "?attributes=meta",
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}]");
        assertEquals(200, added.status(), added.body());
        Api.Reply read = scim.get("/scim/v2/Groups/" + id);

        assertNotEquals(before, added.header("ETag"));
        assertEquals(read.header("ETag"), added.header("ETag"));
        assertEquals(read.json().getJsonObject("meta"), added.json().getJsonObject("meta"));
        // the answered version is current: a PATCH naming it is not refused as stale
        Api.Reply next = scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"remove\",\"path\":\"members\"}]",
                added.header("ETag"));
        assertEquals(204, next.status(), next.body());
    }

    @Test
    void aStaleIfMatchRefusesAPatchOfMembersOrOfAttributesAndAFreshOneAppliesBoth() {
        String user = scim.createUser("g-stale").getString("id");
        JsonObject group = scim.createGroup("Stale");
        String id = group.getString("id");
        String name = group.getString("displayName");
        String current = group.getJsonObject("meta").getString("version");
        String addUser = "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}";
        String rename = "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" + name + "-renamed\"}";

        assertEquals(412, scim.patch("/scim/v2/Groups/" + id, "[" + addUser + "]", "W/\"999\"").status());
        assertEquals(412, scim.patch("/scim/v2/Groups/" + id, "[" + rename + "]", "W/\"999\"").status());
        Api.Reply unchanged = scim.get("/scim/v2/Groups/" + id);
        assertEquals(current, unchanged.header("ETag"));
        assertEquals(name, unchanged.json().getString("displayName"));
        assertEquals(List.of(), values(unchanged.json()));

        Api.Reply both = scim.patch("/scim/v2/Groups/" + id + "?attributes=displayName,members,meta",
                "[" + rename + "," + addUser + "]", current);
        assertEquals(200, both.status(), both.body());
        Api.Reply read = scim.get("/scim/v2/Groups/" + id);
        assertNotEquals(current, both.header("ETag"));
        assertEquals(read.header("ETag"), both.header("ETag"));
        assertEquals(name + "-renamed", read.json().getString("displayName"));
        assertEquals(List.of(user), values(read.json()));
        assertEquals(read.json().getJsonObject("meta"), both.json().getJsonObject("meta"));
        // the version it replaced is stale now, for a members-only PATCH too
        assertEquals(412, scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"remove\",\"path\":\"members\"}]", current)
                .status());
        assertEquals(List.of(user), values(scim.get("/scim/v2/Groups/" + id).json()));
    }

    @Test
    void anUnknownOrOverlongGroupIdIsA404ForGetAndPatch() {
        String user = scim.createUser("g-nogroup").getString("id");
        String addUser = "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}";
        String addNobody = "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"no-such-user\"}]}";
        for (String id : List.of("00000000-0000-0000-0000-000000000000", "x".repeat(65))) {
            String path = "/scim/v2/Groups/" + id;
            // a members-only PATCH reads no group first: the 404 comes from what its statements found
            for (Api.Reply reply : List.of(scim.get(path),
                    scim.patch(path, "[{\"op\":\"remove\",\"path\":\"members\"}]"),
                    scim.patch(path, "[" + addUser + "]"),
                    scim.patch(path + "?attributes=meta", "[" + addUser + "]"),
                    scim.patch(path, "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"" + user
                            + "\"}]}]"),
                    scim.patch(path, "[" + addNobody + "]"),
                    scim.patch(path, "[" + addUser + "," + addNobody + "]"),
                    scim.patch(path, "[" + addUser + "]", "W/\"1\""))) {
                assertEquals(404, reply.status(), reply.body());
                assertEquals("urn:ietf:params:scim:api:messages:2.0:Error",
                        reply.json().getJsonArray("schemas").getString(0), reply.body());
                assertTrue(reply.json().getString("detail").contains("No group with id"), reply.body());
            }
        }
        // nothing was written for the group that does not exist, not even an audit row
        assertFalse(scim.get("/scim/v2/Users/" + user).json().containsKey("groups"));
        assertEquals(0, api.send(api.admin("/api/admin/audit?q=00000000-0000-0000-0000-000000000000")).json()
                .getJsonArray("entries").size());
        // without If-Match the body is read before the group: a bad body is a 400 even here;
        // with If-Match the group is read first, and its absence is the answer
        String unknown = "/scim/v2/Groups/00000000-0000-0000-0000-000000000000";
        assertError(scim.patch(unknown, "[{\"op\":\"remove\"}]"), 400, "noTarget");
        assertEquals(404, scim.patch(unknown, "[{\"op\":\"remove\"}]", "W/\"1\"").status());
    }

    @Test
    void badMemberIdsChangeNothingDuplicatesAndNonMembersAreFine() {
        String user = scim.createUser("g-members").getString("id");
        String other = scim.createUser("g-members").getString("id");
        String id = scim.createGroup("Members", user).getString("id");

        Api.Reply bad = scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":"
                + "[{\"value\":\"" + other + "\"},{\"value\":\"no-such-user\"}]},"
                + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"renamed-" + id + "\"}]");
        assertError(bad, 400, "invalidValue");
        assertTrue(bad.json().getString("detail").contains("no-such-user"), bad.body());
        JsonObject unchanged = scim.get("/scim/v2/Groups/" + id).json();
        assertEquals(List.of(user), values(unchanged));
        assertFalse(unchanged.getString("displayName").startsWith("renamed"));

        assertEquals(204, scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":"
                + "[{\"value\":\"" + other + "\"},{\"value\":\"" + other + "\"},{\"value\":\"" + user + "\"}]}]").status());
        assertEquals(204, scim.patch("/scim/v2/Groups/" + id,
                "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + scim.createUser("g-x").getString("id")
                        + "\\\"]\"}]").status());
        assertEquals(List.of(user, other).stream().sorted().toList(), values(scim.get("/scim/v2/Groups/" + id).json()));
    }

    @Test
    void deletingAUserRemovesItsMembershipsAndUsersShowTheirGroups() {
        String user = scim.createUser("g-leaver").getString("id");
        String stays = scim.createUser("g-stays").getString("id");
        JsonObject group = scim.createGroup("Leavers", user, stays);
        String id = group.getString("id");

        JsonObject groups = scim.get("/scim/v2/Users/" + user).json().getJsonArray("groups").getJsonObject(0);
        assertEquals(id, groups.getString("value"));
        assertEquals(group.getString("displayName"), groups.getString("display"));
        assertEquals("direct", groups.getString("type"));
        assertEquals(server.uri("/scim/v2/Groups/" + id).toString(), groups.getString("$ref"));
        JsonObject listed = scim.filterUsers("id eq \"" + stays + "\"").json().getJsonArray("Resources").getJsonObject(0);
        assertEquals(id, listed.getJsonArray("groups").getJsonObject(0).getString("value"));

        assertEquals(204, scim.delete("/scim/v2/Users/" + user).status());
        assertEquals(List.of(stays), values(scim.get("/scim/v2/Groups/" + id).json()));
    }

    @Test
    void aUsersGroupsFollowAttributesAndExcludedAttributes() {
        String user = scim.createUser("g-projected").getString("id");
        JsonObject group = scim.createGroup("Projected", user);
        String id = group.getString("id");
        String path = "/scim/v2/Users/" + user;
        String byName = "/scim/v2/Users?filter=" + URLEncoder.encode("id eq \"" + user + "\"", StandardCharsets.UTF_8);

        for (String read : List.of(path + "?excludedAttributes=groups", path + "?attributes=userName",
                byName + "&excludedAttributes=groups", byName + "&attributes=userName,emails")) {
            JsonObject resource = userIn(scim.get(read).json());
            assertEquals(user, resource.getString("id"), read);
            assertFalse(resource.containsKey("groups"), read);
        }
        for (String read : List.of(path + "?attributes=groups.display", path + "?excludedAttributes=groups.type",
                byName + "&attributes=userName,groups")) {
            JsonObject resource = userIn(scim.get(read).json());
            assertEquals(1, resource.getJsonArray("groups").size(), read);
        }
        JsonObject displayOnly = scim.get(path + "?attributes=groups.display").json().getJsonArray("groups")
                .getJsonObject(0);
        assertEquals(List.of("display"), List.copyOf(displayOnly.keySet()));
        assertEquals(group.getString("displayName"), displayOnly.getString("display"));
        assertEquals(id, userIn(scim.get(byName + "&attributes=userName,groups").json()).getJsonArray("groups")
                .getJsonObject(0).getString("value"));
        assertFalse(scim.get(path + "?excludedAttributes=groups.type").json().getJsonArray("groups")
                .getJsonObject(0).containsKey("type"));
        assertError(scim.get(path + "?excludedAttributes=groups%5Bvalue"), 400, "invalidValue");
    }

    @Test
    void aUsersGroupsAreTheSameReadAloneOrInAPageWithOrWithoutCustomAttributes() {
        // Without custom attributes, a single-user read (by id, or the userName look-up) fetches
        // the groups in the user's own statement, one row per email and group; with them, it and
        // a page use the membership query. Earlier tests leave attributes defined: remove them.
        String attributes = "/api/admin/custom-attributes";
        api.send(api.admin(attributes)).array().getValuesAs(JsonObject.class)
                .forEach(a -> assertEquals(204, api.send(api.admin(attributes + "/" + a.getString("id")).DELETE()).status()));
        JsonObject created = scim.createUser("g-many", ",\"emails\":[{\"value\":\"one@example.com\",\"type\":\"work\","
                + "\"primary\":true},{\"value\":\"two@example.com\",\"type\":\"home\"},{\"value\":\"three@example.com\"}]");
        String user = created.getString("id");
        String userName = created.getString("userName");
        String tag = unique("order");
        String zeta = scim.createGroup("zeta-" + tag, user).getString("id");
        String alpha = scim.createGroup("Alpha-" + tag, user).getString("id");
        String beta = scim.createGroup("beta-" + tag, user).getString("id");
        String nobody = scim.createUser("g-in-none").getString("id");

        // by displayName ignoring case, each group once, and the three emails once each in their order
        assertGroupsRead(user, userName, List.of(alpha, beta, zeta), created.getJsonArray("emails"));
        assertFalse(scim.get("/scim/v2/Users/" + nobody).json().containsKey("groups"));

        // the reads follow a rename and a removal at once: nothing is cached
        assertEquals(204, scim.patch("/scim/v2/Groups/" + zeta,
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"aardvark-" + tag + "\"}]").status());
        assertEquals(204, scim.patch("/scim/v2/Groups/" + beta,
                "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + user + "\\\"]\"}]").status());
        assertGroupsRead(user, userName, List.of(zeta, alpha), created.getJsonArray("emails"));

        // with a custom attribute defined, the same answers come by the membership query
        Api.Reply defined = api.send(api.admin(attributes).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + unique("costCenter")
                        + "\",\"type\":\"string\"}")));
        assertEquals(201, defined.status(), defined.body());
        try {
            assertGroupsRead(user, userName, List.of(zeta, alpha), created.getJsonArray("emails"));
        } finally {
            api.send(api.admin(attributes + "/" + defined.json().getString("id")).DELETE());
        }
    }

    /** The user's groups and emails by id, by the userName look-up and in a page, all alike. */
    private void assertGroupsRead(String user, String userName, List<String> groupIds, jakarta.json.JsonArray emails) {
        List<JsonObject> reads = List.of(scim.get("/scim/v2/Users/" + user).json(),
                userIn(scim.filterUsers("userName eq \"" + userName.toUpperCase(java.util.Locale.ROOT) + "\"").json()),
                userIn(scim.filterUsers("id eq \"" + user + "\"").json()));
        for (JsonObject read : reads) {
            assertEquals(groupIds, read.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                    .map(g -> g.getString("value")).toList(), read.toString());
            assertEquals(emails, read.getJsonArray("emails"), read.toString());
        }
        assertEquals(reads.get(0).getJsonArray("groups"), reads.get(1).getJsonArray("groups"));
        assertEquals(reads.get(0).getJsonArray("groups"), reads.get(2).getJsonArray("groups"));
    }

    /** The user of a GET by id, or the one user of a list answer. */
    private static JsonObject userIn(JsonObject answer) {
        return answer.containsKey("Resources") ? answer.getJsonArray("Resources").getJsonObject(0) : answer;
    }

    @Test
    void changesLandInTheAuditTrailWithCounts() {
        String a = scim.createUser("g-audit").getString("id");
        String b = scim.createUser("g-audit").getString("id");
        String c = scim.createUser("g-audit").getString("id");
        JsonObject group = scim.createGroup("Audit");
        String id = group.getString("id");
        String name = group.getString("displayName");
        scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + a
                + "\"},{\"value\":\"" + b + "\"},{\"value\":\"" + c + "\"}]}]");
        scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a + "\\\"]\"}]");
        scim.patch("/scim/v2/Groups/" + id, "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"a-" + id + "\"}]");
        scim.delete("/scim/v2/Groups/" + id);

        List<JsonObject> entries = api.send(api.admin("/api/admin/audit?q=" + id)).json().getJsonArray("entries")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("Group Deleted", "Group Updated", "Group Members Changed", "Group Members Changed",
                "Group Created"), entries.stream().map(e -> e.getString("event")).toList());
        assertTrue(entries.get(3).getString("details").contains("added: 3; removed: 0"), entries.get(3).toString());
        assertTrue(entries.get(2).getString("details").contains("added: 0; removed: 1"), entries.get(2).toString());
        assertEquals(3, entries.get(3).getJsonObject("fields").getInt("added"), entries.get(3).toString());
        // a members-only PATCH reads no group first: the audit row's statement names it from its row
        for (JsonObject membersChanged : entries.subList(2, 4)) {
            assertTrue(membersChanged.getString("details").matches("displayName \"" + java.util.regex.Pattern.quote(name)
                    + "\"; added: \\d; removed: \\d; via token: [0-9a-f-]{36}"), membersChanged.toString());
            assertEquals(name, membersChanged.getJsonObject("fields").getString("displayName"));
            assertEquals(id, membersChanged.getString("target"), membersChanged.toString());
        }
        assertEquals("Microsoft Entra ID", entries.get(0).getString("actor"));
    }

    static List<String> values(JsonObject group) {
        return group.containsKey("members") ? group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("value")).toList() : List.of();
    }
}
