package io.provisio.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.AttributeDefinition;
import io.provisio.scim.schema.AttributeType;
import io.provisio.scim.schema.BuiltInSchemas;
import io.provisio.scim.schema.SchemaValidator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchApplierTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CUSTOM = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

    private final PatchApplier users = new PatchApplier(BuiltInSchemas.userResource(
            List.of(AttributeDefinition.of("costCenter", AttributeType.STRING))));
    private final PatchApplier groups = new PatchApplier(BuiltInSchemas.groupResource());

    private final JsonObject user = json("""
            {"schemas":["%s"],"id":"2819c223","userName":"bjensen","displayName":"Babs","active":true,
             "name":{"givenName":"Barbara","familyName":"Jensen"},
             "emails":[{"value":"bjensen@example.com","type":"work","primary":true}]}
            """.formatted(USER_SCHEMA));

    private final JsonObject group = json("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1","displayName":"Tour Guides",
             "members":[{"value":"u1","display":"One"},{"value":"u2"}]}
            """);

    private JsonObject patch(PatchApplier applier, JsonObject resource, String operations) {
        return applier.apply(resource, PatchRequest.parse(PatchRequestTest.body(operations)));
    }

    @Test
    void entraReplaceActiveWithBooleanStringIsCoercedBySchema() {
        JsonObject out = patch(users, user, "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}");
        JsonObject coerced = SchemaValidator.coerce(out, BuiltInSchemas.userResource(List.of())).resource();
        assertEquals(JsonValue.FALSE, coerced.get("active"));
    }

    @Test
    void entraAddFilteredEmailValueCreatesTheElementWhenMissing() {
        JsonObject noEmails = Json.createObjectBuilder(user).remove("emails").build();
        JsonObject out = patch(users, noEmails,
                "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"x@y\"}");
        assertEquals(jsonValue("[{\"type\":\"work\",\"value\":\"x@y\"}]"), out.get("emails"));
    }

    @Test
    void addOrReplaceFilteredEmailValueUpdatesTheMatch() {
        for (String op : new String[] {"Add", "replace"}) {
            JsonObject out = patch(users, user,
                    "{\"op\":\"" + op + "\",\"path\":\"emails[type eq \\\"WORK\\\"].value\",\"value\":\"new@example.com\"}");
            assertEquals(jsonValue("[{\"value\":\"new@example.com\",\"type\":\"work\",\"primary\":true}]"), out.get("emails"));
        }
    }

    @Test
    void replaceFilteredWithNoMatchIsNoTarget() {
        assertError(ScimType.NO_TARGET, users, user,
                "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"].value\",\"value\":\"h@x\"}");
    }

    @Test
    void entraNoPathReplaceWithDottedAndUrnKeys() {
        JsonObject out = patch(users, user, """
                {"op":"Replace","value":{"name.givenName":"A","%s:department":"D","displayName":"Al"}}
                """.formatted(ENTERPRISE));
        assertEquals(json("{\"givenName\":\"A\",\"familyName\":\"Jensen\"}"), out.get("name"));
        assertEquals(json("{\"department\":\"D\"}"), out.get(ENTERPRISE));
        assertEquals(jsonValue("[\"%s\",\"%s\"]".formatted(USER_SCHEMA, ENTERPRISE)), out.get("schemas"));
        assertEquals("Al", out.getString("displayName"));
    }

    @Test
    void oktaNoPathReplace() {
        JsonObject out = patch(users, user, "{\"op\":\"replace\",\"value\":{\"active\":false}}");
        assertEquals(JsonValue.FALSE, out.get("active"));
    }

    @Test
    void wholeExtensionObjectUnderItsUrnKey() {
        JsonObject out = patch(users, user, """
                {"op":"add","value":{"%s":{"department":"Sales"},"%s":{"costCenter":"42"}}}
                """.formatted(ENTERPRISE, CUSTOM));
        assertEquals("Sales", out.getJsonObject(ENTERPRISE).getString("department"));
        assertEquals("42", out.getJsonObject(CUSTOM).getString("costCenter"));
        JsonObject removed = patch(users, out, "{\"op\":\"remove\",\"path\":\"%s:department\"}".formatted(ENTERPRISE));
        assertFalse(removed.containsKey(ENTERPRISE));
        assertEquals(jsonValue("[\"%s\",\"%s\"]".formatted(USER_SCHEMA, CUSTOM)), removed.get("schemas"));
        JsonObject noCustom = patch(users, out, "{\"op\":\"remove\",\"path\":\"%s\"}".formatted(CUSTOM));
        assertFalse(noCustom.containsKey(CUSTOM));
    }

    @Test
    void subAttributeOfComplexAttribute() {
        JsonObject out = patch(users, user, "{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"J\"}");
        assertEquals(json("{\"givenName\":\"Barbara\",\"familyName\":\"J\"}"), out.get("name"));
        out = patch(users, out, "{\"op\":\"remove\",\"path\":\"NAME.GIVENNAME\"}");
        assertEquals(json("{\"familyName\":\"J\"}"), out.get("name"));
    }

    @Test
    void attributeNamesMatchIgnoringCase() {
        JsonObject out = patch(users, user, "{\"op\":\"replace\",\"path\":\"DisplayName\",\"value\":\"B\"}");
        assertEquals("B", out.getString("displayName"));
        assertFalse(out.containsKey("DisplayName"));
    }

    @Test
    void addToMultiValuedAppendsWithoutDuplicatesAndKeepsOnePrimary() {
        JsonObject out = patch(users, user, """
                {"op":"add","path":"emails","value":[{"value":"bjensen@example.com","type":"work","primary":true},
                                                     {"value":"h@x","type":"home","primary":true}]}
                """);
        assertEquals(jsonValue("""
                [{"value":"bjensen@example.com","type":"work","primary":false},
                 {"value":"h@x","type":"home","primary":true}]"""), out.get("emails"));
    }

    @Test
    void replaceMultiValuedReplacesTheArray() {
        JsonObject out = patch(users, user, "{\"op\":\"replace\",\"path\":\"emails\",\"value\":[{\"value\":\"o@x\"}]}");
        assertEquals(jsonValue("[{\"value\":\"o@x\"}]"), out.get("emails"));
    }

    @Test
    void groupMembersAddAndRemove() {
        JsonObject out = patch(groups, group, """
                {"op":"Add","path":"members","value":[{"value":"u2"},{"value":"u3"}]},
                {"op":"Remove","path":"members[value eq \\"u1\\"]"},
                {"op":"remove","path":"members[value eq \\"not-a-member\\"]"}
                """);
        assertEquals(jsonValue("[{\"value\":\"u2\"},{\"value\":\"u3\"}]"), out.get("members"));
    }

    @Test
    void entraRemoveMembersByValueArray() {
        JsonObject out = patch(groups, group, "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}");
        assertEquals(jsonValue("[{\"value\":\"u2\"}]"), out.get("members"));
        out = patch(groups, out, "{\"op\":\"Remove\",\"path\":\"members\"}");
        assertFalse(out.containsKey("members"));
    }

    @Test
    void readOnlyAttributesCannotChange() {
        assertError(ScimType.MUTABILITY, users, user, "{\"op\":\"replace\",\"path\":\"id\",\"value\":\"other\"}");
        assertError(ScimType.MUTABILITY, users, user, "{\"op\":\"add\",\"path\":\"groups\",\"value\":[{\"value\":\"g\"}]}");
        JsonObject same = patch(users, user, "{\"op\":\"replace\",\"value\":{\"id\":\"2819c223\",\"active\":true}}");
        assertEquals(user, same);
    }

    @Test
    void atomicWhenALaterOperationFails() {
        String before = user.toString();
        assertError(ScimType.NO_TARGET, users, user, """
                {"op":"replace","path":"displayName","value":"Changed"},
                {"op":"replace","path":"emails[type eq \\"other\\"].value","value":"x"}
                """);
        assertEquals(before, user.toString());
    }

    @Test
    void removingAnAbsentAttributeChangesNothing() {
        JsonObject out = patch(users, user, "{\"op\":\"remove\",\"path\":\"nickName\"}");
        assertEquals(user, out);
    }

    private void assertError(ScimType type, PatchApplier applier, JsonObject resource, String operations) {
        ScimException e = assertThrows(ScimException.class, () -> patch(applier, resource, operations));
        assertEquals(type, e.scimType().orElseThrow(), e.detail());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonValue jsonValue(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
