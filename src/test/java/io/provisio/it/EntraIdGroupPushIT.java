package io.provisio.it;

import static io.provisio.it.GroupsIT.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The group push sequence Microsoft Entra ID documents for SCIM endpoints: look up by displayName
 * without members, create with its own extra schema URN, capitalised Add/Remove/Replace, member
 * removal by value filter, the "is this user a member" query, delete.
 */
class EntraIdGroupPushIT {

    private final Api api = new Api(ProvisioServer.shared());

    @Test
    void entraPushesAGroup() {
        ScimClient scim = new ScimClient(api, api.freshToken("ENTRA_ID"));
        String first = scim.createUser("entra-g1").getString("id");
        String second = scim.createUser("entra-g2").getString("id");
        String name = ScimClient.unique("Entra Group");

        assertEquals(0, scim.filterGroups("displayName eq \"" + name + "\"", "&excludedAttributes=members")
                .json().getInt("totalResults"));
        Api.Reply created = scim.post("/scim/v2/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                 "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
                 "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"%s","members":[],
                 "meta":{"resourceType":"Group"}}""".formatted(name));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String path = "/scim/v2/Groups/" + id;

        assertEquals(204, scim.patch(path, """
                [{"op":"Add","path":"members","value":[{"$ref":null,"value":"%s"},{"$ref":null,"value":"%s"}]}]"""
                .formatted(first, second)).status());
        JsonObject member = scim.filterGroups("id eq \"" + id + "\" and members eq \"" + first + "\"",
                "&attributes=id").json();
        assertEquals(1, member.getInt("totalResults"));
        assertFalse(member.getJsonArray("Resources").getJsonObject(0).containsKey("members"));

        assertEquals(204, scim.patch(path, """
                [{"op":"Remove","path":"members","value":[{"$ref":null,"value":"%s"}]}]""".formatted(first)).status());
        assertEquals(204, scim.patch(path, """
                [{"op":"Replace","path":"displayName","value":"%s renamed"}]""".formatted(name)).status());
        JsonObject group = scim.get(path + "?excludedAttributes=members").json();
        assertEquals(name + " renamed", group.getString("displayName"));
        assertFalse(group.containsKey("members"));
        assertEquals(List.of(second), values(scim.get(path).json()));

        assertEquals(204, scim.patch(path, "[{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + second + "\\\"]\"}]")
                .status());
        assertEquals(List.of(), values(scim.get(path).json()));
        assertEquals(204, scim.delete(path).status());
        assertEquals(404, scim.get(path).status());
    }
}
