package io.provisio.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaValidatorTest {

    private static final ResourceSchema USER = BuiltInSchemas.userResource(List.of(
            AttributeDefinition.of("costCenter", AttributeType.STRING),
            AttributeDefinition.of("hired", AttributeType.DATE_TIME),
            AttributeDefinition.of("level", AttributeType.INTEGER)));

    @ParameterizedTest
    @ValueSource(strings = {"True", "true", "TRUE", "False", "false"})
    void booleanStringsAreCoerced(String text) {
        JsonObject out = SchemaValidator.coerce(json("{\"active\":\"" + text + "\"}"), USER).resource();
        assertEquals(Boolean.parseBoolean(text) ? JsonValue.TRUE : JsonValue.FALSE, out.get("active"));
    }

    @Test
    void wrongTypesAreInvalidValueNamingTheAttribute() {
        assertInvalid("{\"active\":\"yes\"}", "Attribute 'active' must be a boolean, got \"yes\"");
        assertInvalid("{\"userName\":42}", "Attribute 'userName' must be a string, got 42");
        assertInvalid("{\"emails\":{\"value\":\"a@b\"}}", "Attribute 'emails' must be an array, got {\"value\":\"a@b\"}");
        assertInvalid("{\"emails\":[{\"primary\":\"maybe\"}]}", "Attribute 'emails.primary' must be a boolean, got \"maybe\"");
        assertInvalid("{\"" + Schemas.CUSTOM_USER + "\":{\"level\":1.5}}",
                "Attribute '" + Schemas.CUSTOM_USER + ":level' must be an integer, got 1.5");
        assertInvalid("{\"" + Schemas.CUSTOM_USER + "\":{\"hired\":\"last week\"}}",
                "Attribute '" + Schemas.CUSTOM_USER + ":hired' must be a dateTime, got \"last week\"");
        assertInvalid("{\"" + Schemas.ENTERPRISE_USER + "\":\"Sales\"}",
                "Attribute '" + Schemas.ENTERPRISE_USER + "' must be an object, got \"Sales\"");
    }

    @Test
    void unknownAttributesAreReportedAndLeftOut() {
        SchemaValidator.Result result = SchemaValidator.coerce(json("""
                {"schemas":["%s"],"UserName":"bjensen","nickName":"Babs","name":{"givenName":"B","middleName":"J"},
                 "%s":{"department":"Sales","manager":{"value":"x"}},
                 "%s":{"costCenter":"42","shoeSize":44},
                 "urn:example:unknown:2.0:User":{"x":1}}
                """.formatted(Schemas.USER, Schemas.ENTERPRISE_USER, Schemas.CUSTOM_USER)), USER);
        assertEquals(List.of("nickName", "name.middleName", Schemas.ENTERPRISE_USER + ":manager",
                Schemas.CUSTOM_USER + ":shoeSize", "urn:example:unknown:2.0:User"), result.unknownAttributes());
        JsonObject out = result.resource();
        assertEquals("bjensen", out.getString("userName"));
        assertEquals(json("{\"givenName\":\"B\"}"), out.getJsonObject("name"));
        assertEquals(json("{\"costCenter\":\"42\"}"), out.getJsonObject(Schemas.CUSTOM_USER));
        assertTrue(out.containsKey("schemas"));
    }

    @Test
    void nullMeansUnassignedForAnyType() {
        assertEquals(JsonValue.NULL, SchemaValidator.coerce(json("{\"active\":null}"), USER).resource().get("active"));
    }

    @Test
    void listOfSchemasFormWorksToo() {
        var result = SchemaValidator.coerce(json("{\"displayName\":\"G\",\"members\":[{\"value\":\"1\"}]}"),
                List.of(BuiltInSchemas.group()));
        assertTrue(result.unknownAttributes().isEmpty());
    }

    @Test
    void deepJsonIsInvalidSyntax() {
        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        ScimException e = assertThrows(ScimException.class, () -> SchemaValidator.coerce(json(deep), USER));
        assertEquals(ScimType.INVALID_SYNTAX, e.scimType().orElseThrow());
        SchemaValidator.checkDepth(json("{\"a\":".repeat(31) + "1" + "}".repeat(31)));
    }

    private static void assertInvalid(String body, String detail) {
        ScimException e = assertThrows(ScimException.class, () -> SchemaValidator.coerce(json(body), USER));
        assertEquals(ScimType.INVALID_VALUE, e.scimType().orElseThrow());
        assertEquals(detail, e.detail());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
