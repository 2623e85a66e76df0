package io.provisio.it;

import static io.provisio.it.GroupsIT.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Okta's Group Push as its SCIM 2.0 guide shows it: lower-case ops, rename by a path-less replace
 * that repeats the id, members replaced whole or added and removed by value, PUT of the group.
 */
class OktaGroupPushIT {

    private final Api api = new Api(ProvisioServer.shared());

    @Test
    void oktaPushesAGroup() {
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"), "application/json");
        String a = scim.createUser("okta-ga").getString("id");
        String b = scim.createUser("okta-gb").getString("id");
        String c = scim.createUser("okta-gc").getString("id");
        String name = ScimClient.unique("Okta Group");

        assertEquals(0, scim.filterGroups("displayName eq \"" + name + "\"", "&startIndex=1&count=100")
                .json().getInt("totalResults"));
        Api.Reply created = scim.post("/scim/v2/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s","members":[]}"""
                .formatted(name));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String path = "/scim/v2/Groups/" + id;

        assertEquals(204, scim.patch(path, """
                [{"op":"replace","value":{"id":"%s","displayName":"%s v2"}}]""".formatted(id, name)).status());
        assertEquals(204, scim.patch(path, """
                [{"op":"replace","path":"members","value":[{"value":"%s","display":"a"},{"value":"%s"}]}]"""
                .formatted(a, b)).status());
        assertEquals(sorted(a, b), values(scim.get(path).json()));

        assertEquals(204, scim.patch(path, """
                [{"op":"remove","path":"members[value eq \\"%s\\"]"},
                 {"op":"add","path":"members","value":[{"value":"%s","display":"c"}]}]""".formatted(a, c)).status());
        assertEquals(sorted(b, c), values(scim.get(path).json()));
        assertEquals(204, scim.patch(path, """
                [{"op":"remove","path":"members","value":[{"value":"%s"}]}]""".formatted(b)).status());
        assertEquals(List.of(c), values(scim.get(path).json()));

        Api.Reply put = scim.put(path, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"%s","displayName":"%s v2",
                 "members":[{"value":"%s"},{"value":"%s"}]}""".formatted(id, name, a, b));
        assertEquals(200, put.status(), put.body());
        assertEquals(sorted(a, b), values(put.json()));
        assertEquals(name + " v2", scim.filterGroups("displayName eq \"" + name + " v2\"", "").json()
                .getJsonArray("Resources").getJsonObject(0).getString("displayName"));
        assertEquals(204, scim.delete(path).status());
    }

    private static List<String> sorted(String... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }
}
