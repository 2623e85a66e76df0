package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void readsAnObjectWithEveryKindOfValue() {
        JsonObject body = JsonBodies.readObject("""
                {"s":"x","n":12.50,"i":7,"t":true,"f":false,"z":null,"a":[1,{"b":"c"}],"o":{"p":[]}}  \n""");
        assertEquals("x", body.getString("s"));
        assertEquals(new BigDecimal("12.50"), body.getJsonNumber("n").bigDecimalValue());
        assertEquals(7, body.getInt("i"));
        assertTrue(body.getBoolean("t"));
        assertFalse(body.getBoolean("f"));
        assertTrue(body.isNull("z"));
        assertEquals("c", body.getJsonArray("a").getJsonObject(1).getString("b"));
        assertTrue(body.getJsonObject("o").getJsonArray("p").isEmpty());
    }

    @Test
    void nestingIsBoundedLongBeforeAnyImplementationLimit() {
        String ok = "{\"a\":" + "[".repeat(JsonBodies.MAX_DEPTH - 1) + "]".repeat(JsonBodies.MAX_DEPTH - 1) + "}";
        JsonBodies.readObject(ok);
        String deeper = "{\"a\":" + "[".repeat(JsonBodies.MAX_DEPTH) + "]".repeat(JsonBodies.MAX_DEPTH) + "}";
        assertSyntax(deeper, "deeper than 32");
        assertSyntax("{\"a\":" + "{\"b\":".repeat(5000) + "1" + "}".repeat(5001), "deeper than 32");
        assertSyntax("{\"a\":" + "[".repeat(100_000), "deeper than 32");
    }

    @Test
    void aNumberLongerThanTheLimitIsAnInvalidValueNamingTheMember() {
        InvalidJsonException e = invalid("{\"count\":" + "9".repeat(1100) + "}");
        assertTrue(e.invalidValue());
        assertTrue(e.getMessage().contains("count") && e.getMessage().contains("1100")
                && e.getMessage().contains(String.valueOf(JsonBodies.MAX_NUMBER_LENGTH)), e.getMessage());
        JsonBodies.readObject("{\"count\":" + "9".repeat(JsonBodies.MAX_NUMBER_LENGTH) + "}");
        InvalidJsonException nested = invalid("{\"urn:x:User\":{\"cost\":[1," + "1".repeat(70) + "]}}");
        assertTrue(nested.getMessage().startsWith("urn:x:User:cost "), nested.getMessage());
        assertTrue(invalid("{\"name\":{\"n\":" + "1".repeat(70) + "}}").getMessage().startsWith("name.n "));
    }

    @Test
    void duplicateMembersAreRefusedAlsoInAnotherCase() {
        assertSyntax("{\"a\":1,\"a\":2}", "a twice");
        assertSyntax("{\"userName\":\"x\",\"USERNAME\":\"y\"}", "USERNAME twice");
        assertSyntax("{\"o\":{\"k\":1,\"k\":1}}", "o.k twice");
        assertSyntax("{\"list\":[{\"v\":1,\"v\":2}]}", "list.v twice");
        JsonBodies.readObject("{\"o\":{\"k\":1},\"p\":{\"k\":1}}");
    }

    @Test
    void onlyOneObjectAndNothingAfterIt() {
        assertSyntax("{} trailing", "nothing after");
        assertSyntax("{}{}", "nothing after");
        assertSyntax("{\"a\":1} {\"b\":2}", "nothing after");
        assertSyntax("{}]", "nothing after");
        assertSyntax("{} 1", "nothing after");
        assertSyntax("[{}]", "not an array");
        assertSyntax("\"text\"", "not a string");
        assertSyntax("   ", "empty");
        assertSyntax("{\"a\":", "not valid JSON");
        assertSyntax("{\"a\":1,}", "not valid JSON");
    }

    @Test
    void textADatabaseCannotStoreIsAnInvalidValue() {
        InvalidJsonException nul = invalid("{\"name\":{\"givenName\":\"a\\u0000b\"}}");
        assertTrue(nul.invalidValue());
        assertTrue(nul.getMessage().contains("name.givenName") && nul.getMessage().contains("U+0000"), nul.getMessage());
        InvalidJsonException key = invalid("{\"a\\u0000\":1}");
        assertTrue(key.getMessage().contains("U+0000"), key.getMessage());
        InvalidJsonException surrogate = invalid("{\"displayName\":\"x\\udc00\"}");
        assertTrue(surrogate.getMessage().contains("U+DC00"), surrogate.getMessage());
        assertEquals("\uD83D\uDE00", JsonBodies.readObject("{\"e\":\"\\ud83d\\ude00\"}").getString("e"));
    }

    private static void assertSyntax(String body, String inMessage) {
        InvalidJsonException e = invalid(body);
        assertFalse(e.invalidValue(), e.getMessage());
        assertTrue(e.getMessage().contains(inMessage), e.getMessage());
    }

    private static InvalidJsonException invalid(String body) {
        return assertThrows(InvalidJsonException.class, () -> JsonBodies.readObject(body));
    }
}
