package io.provisio.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.provisio.scim.ScimException;
import io.provisio.scim.patch.PatchRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The split of IdP group PATCH shapes into member SQL changes and attribute operations. */
class GroupPatchTest {

    private static GroupPatch patch(String operations) {
        JsonObject body = Json.createReader(new StringReader(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":" + operations + "}"))
                .readObject();
        return GroupPatch.of(PatchRequest.parse(body));
    }

    @Test
    void entraAddAndRemoveByFilter() {
        GroupPatch patch = patch("""
                [{"op":"Add","path":"members","value":[{"$ref":null,"value":"a"},{"value":"b"},{"value":"a"}]},
                 {"op":"Remove","path":"members[value eq \\"c\\"]"}]""");
        assertEquals(List.of(new MemberChange(MemberChange.Kind.ADD, Set.of("a", "b")),
                new MemberChange(MemberChange.Kind.REMOVE, Set.of("c"))), patch.memberChanges());
        assertEquals(0, patch.attributeOperations().size());
    }

    @Test
    void oktaReplaceWithoutPathSplitsMembersFromAttributes() {
        GroupPatch patch = patch("""
                [{"op":"replace","value":{"id":"g","displayName":"New","members":[{"value":"x"}]}}]""");
        assertEquals(List.of(new MemberChange(MemberChange.Kind.REPLACE, Set.of("x"))), patch.memberChanges());
        assertEquals(1, patch.attributeOperations().size());
        assertEquals(Set.of("id", "displayName"), patch.attributeOperations().get(0).value().asJsonObject().keySet());
    }

    @Test
    void removeWithValueListAndRemoveAll() {
        GroupPatch patch = patch("""
                [{"op":"remove","path":"members","value":[{"value":"x"}]},{"op":"remove","path":"members"}]""");
        assertEquals(List.of(new MemberChange(MemberChange.Kind.REMOVE, Set.of("x")),
                new MemberChange(MemberChange.Kind.REPLACE, Set.of())), patch.memberChanges());
    }

    @Test
    void displayNameIsAnAttributeOperation() {
        GroupPatch patch = patch("[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"n\"}]");
        assertEquals(1, patch.attributeOperations().size());
        assertEquals(List.of(), patch.memberChanges());
    }

    @Test
    void refusesWhatCannotBecomeRowOperations() {
        assertThrows(ScimException.class, () -> patch(
                "[{\"op\":\"replace\",\"path\":\"members[value eq \\\"a\\\"]\",\"value\":[]}]"));
        assertThrows(ScimException.class, () -> patch(
                "[{\"op\":\"remove\",\"path\":\"members[display eq \\\"a\\\"]\"}]"));
        assertThrows(ScimException.class, () -> patch(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"g\",\"type\":\"Group\"}]}]"));
        assertThrows(ScimException.class, () -> patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":[\"a\"]}]"));
    }
}
