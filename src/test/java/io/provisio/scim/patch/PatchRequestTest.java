package io.provisio.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PatchRequestTest {

    static final String PATCH_OP = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";

    static JsonObject body(String operations) {
        return Json.createReader(new StringReader("{" + PATCH_OP + ",\"Operations\":[" + operations + "]}")).readObject();
    }

    @Test
    void opNamesIgnoreCase() {
        PatchRequest request = PatchRequest.parse(body(
                "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"},"
                + "{\"op\":\"ADD\",\"path\":\"displayName\",\"value\":\"x\"},"
                + "{\"op\":\"remove\",\"path\":\"title\"}"));
        assertEquals(PatchOp.REPLACE, request.operations().get(0).op());
        assertEquals(PatchOp.ADD, request.operations().get(1).op());
        assertEquals(PatchOp.REMOVE, request.operations().get(2).op());
        assertNull(request.operations().get(2).value());
    }

    @Test
    void replaceWithNullClears() {
        PatchRequest request = PatchRequest.parse(body("{\"op\":\"replace\",\"path\":\"title\",\"value\":null}"));
        assertEquals(JsonValue.NULL, request.operations().get(0).value());
    }

    @Test
    void errors() {
        assertError("{\"op\":\"remove\"}", ScimType.NO_TARGET);
        assertError("{\"op\":\"move\",\"path\":\"a\"}", ScimType.INVALID_SYNTAX);
        assertError("{\"path\":\"a\",\"value\":1}", ScimType.INVALID_SYNTAX);
        assertError("{\"op\":\"add\",\"path\":\"a\"}", ScimType.INVALID_VALUE);
        assertError("{\"op\":\"add\",\"path\":\"a\",\"value\":null}", ScimType.INVALID_VALUE);
        assertError("{\"op\":\"replace\",\"value\":\"x\"}", ScimType.INVALID_VALUE);
        assertError("{\"op\":\"replace\",\"path\":\"emails[type eq\",\"value\":\"x\"}", ScimType.INVALID_PATH);
        assertError("{\"op\":\"replace\",\"path\":7,\"value\":\"x\"}", ScimType.INVALID_PATH);
        assertError("\"add\"", ScimType.INVALID_SYNTAX);
        assertError("", ScimType.INVALID_SYNTAX);
    }

    @Test
    void schemasMustNamePatchOp() {
        JsonObject noSchemas = Json.createObjectBuilder().add("Operations", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("op", "remove").add("path", "a"))).build();
        ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(noSchemas));
        assertEquals(ScimType.INVALID_SYNTAX, e.scimType().orElseThrow());
        assertEquals("Invalid PatchOp request: 'schemas' must contain urn:ietf:params:scim:api:messages:2.0:PatchOp", e.detail());
    }

    @Test
    void operationCountIsLimited() {
        String op = "{\"op\":\"remove\",\"path\":\"title\"}";
        JsonObject three = body(op + "," + op + "," + op);
        assertEquals(3, PatchRequest.parse(three, 3).operations().size());
        ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(three, 2));
        assertEquals(ScimType.INVALID_VALUE, e.scimType().orElseThrow());
    }

    private static void assertError(String operations, ScimType expected) {
        ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(body(operations)));
        assertEquals(expected, e.scimType().orElseThrow(), e.detail());
        assertEquals(400, e.status());
    }
}
