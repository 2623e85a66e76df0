package io.provisio.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.filter.AttrPath;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDefinitionTest {

    @Test
    void userSchemaRendersPerRfc7643Section7() {
        JsonObject json = BuiltInSchemas.user().toJson("https://example.com/scim/v2");
        assertEquals(Schemas.SCHEMA, json.getJsonArray("schemas").getString(0));
        assertEquals(Schemas.USER, json.getString("id"));
        assertEquals("Schema", json.getJsonObject("meta").getString("resourceType"));
        assertEquals("https://example.com/scim/v2/Schemas/" + Schemas.USER,
                json.getJsonObject("meta").getString("location"));
        JsonObject userName = json.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("userName")).findFirst().orElseThrow();
        assertEquals("string", userName.getString("type"));
        assertTrue(userName.getBoolean("required"));
        assertFalse(userName.getBoolean("caseExact"));
        assertEquals("readWrite", userName.getString("mutability"));
        assertEquals("server", userName.getString("uniqueness"));
        assertEquals("default", userName.getString("returned"));
    }

    @Test
    void complexAttributesListSubAttributesAndCanonicalValues() {
        JsonObject emails = BuiltInSchemas.user().attribute("EMAILS").orElseThrow().toJson();
        assertTrue(emails.getBoolean("multiValued"));
        assertEquals("complex", emails.getString("type"));
        JsonObject type = emails.getJsonArray("subAttributes").getJsonObject(1);
        assertEquals("type", type.getString("name"));
        assertEquals(List.of("work", "home", "other"),
                type.getJsonArray("canonicalValues").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void groupMembersValueIsImmutableAndReferencesNameTypes() {
        AttributeDefinition members = BuiltInSchemas.group().attribute("members").orElseThrow();
        assertEquals(Mutability.IMMUTABLE, members.subAttribute("value").orElseThrow().mutability());
        assertEquals(List.of("User", "Group"), members.subAttribute("$ref").orElseThrow().referenceTypes());
        assertEquals("readOnly", BuiltInSchemas.user().attribute("id").orElseThrow().toJson().getString("mutability"));
    }

    @Test
    void customExtensionIsBuiltFromAdminDefinitions() {
        SchemaDefinition custom = BuiltInSchemas.customUserExtension(List.of(
                AttributeDefinition.of("costCenter", AttributeType.STRING),
                AttributeDefinition.of("badgeNumber", AttributeType.INTEGER)));
        assertEquals(Schemas.CUSTOM_USER, custom.id());
        assertEquals("integer", custom.toJson().getJsonArray("attributes").getJsonObject(1).getString("type"));
        assertThrows(IllegalArgumentException.class, () -> BuiltInSchemas.customUserExtension(List.of(
                AttributeDefinition.of("cost", AttributeType.STRING),
                AttributeDefinition.of("Cost", AttributeType.STRING))));
        assertThrows(IllegalArgumentException.class, () -> AttributeDefinition.of("bad name", AttributeType.STRING));
    }

    @Test
    void resourceSchemaResolvesPaths() {
        ResourceSchema user = BuiltInSchemas.userResource(List.of());
        assertTrue(user.caseExact(AttrPath.parse("id")));
        assertFalse(user.caseExact(AttrPath.parse("emails.value")));
        assertTrue(user.multiValued(AttrPath.parse("emails.value")));
        assertEquals("department", user.find(AttrPath.parse(Schemas.ENTERPRISE_USER + ":Department"))
                .orElseThrow().name());
        assertEquals("givenName", user.find(AttrPath.parse(Schemas.USER + ":name.givenname"))
                .orElseThrow().name());
        assertTrue(user.find(AttrPath.parse("urn:example:other:2.0:X:y")).isEmpty());
    }
}
