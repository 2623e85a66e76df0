package io.provisio.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns valid SCIM documents into hostile ones, driven by one seeded {@link Random}: a value
 * somewhere in the tree replaced by something no attribute expects, then, sometimes, the text
 * broken in ways a tree cannot hold (duplicate keys, trailing content, cut-offs, stray bytes).
 */
final class FuzzMutations {

    private static final String[] STRANGE_TEXT = {"", " ", "\u0000", "a\u0000b", "\\", "\"", "\ud800", "x\udc00y",
        "\u202e\u200b", "\u0007\u001b[31m", "'; DROP TABLE scim_user; --", "%00", "${jndi:ldap://127.0.0.1/a}",
        "<script>", "\uD83D\uDE00", "é", "\r\n", "null", "true", "0", "-1"};

    private final Random random;

    FuzzMutations(Random random) {
        this.random = random;
    }

    /** One mutation of the tree, then, one time in three, of the text as well. */
    String mutate(JsonObject document) {
        JsonValue tree = document;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            tree = mutateTree(tree, 0);
        }
        String text = tree.toString();
        return random.nextInt(3) == 0 ? mutateText(text) : text;
    }

    private JsonValue mutateTree(JsonValue value, int depth) {
        boolean descend = depth < 6 && random.nextInt(4) != 0;
        if (descend && value instanceof JsonObject object && !object.isEmpty()) {
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            JsonObjectBuilder builder = Json.createObjectBuilder(object);
            if (random.nextInt(8) == 0) {
                return builder.remove(key).add(randomKey(), hostile()).build();
            }
            return builder.add(key, mutateTree(object.get(key), depth + 1)).build();
        }
        if (descend && value instanceof JsonArray array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            JsonArrayBuilder builder = Json.createArrayBuilder(array);
            return builder.set(index, mutateTree(array.get(index), depth + 1)).build();
        }
        return hostile();
    }

    /** A value of any kind, usually one an attribute cannot hold. */
    JsonValue hostile() {
        return switch (random.nextInt(14)) {
            case 0 -> Json.createValue(longString());
            case 1 -> Json.createValue(strangeText());
            case 2 -> Json.createValue(random.nextLong());
            case 3 -> Json.createValue(new java.math.BigDecimal(hugeNumber()));
            case 4 -> Json.createValue(new java.math.BigDecimal(random.nextInt(100) + "E" + (random.nextInt(120) - 60)));
            case 5 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 6 -> JsonValue.NULL;
            case 7 -> Json.createArrayBuilder().add(strangeText()).add(random.nextInt()).build();
            case 8 -> Json.createObjectBuilder().add(randomKey(), strangeText()).build();
            case 9 -> JsonValue.EMPTY_JSON_ARRAY;
            case 10 -> JsonValue.EMPTY_JSON_OBJECT;
            case 11 -> Json.createValue(random.nextDouble() * Math.pow(10, random.nextInt(40)));
            case 12 -> Json.createValue("2026-0" + (1 + random.nextInt(9)) + "-01T00:00:00" + (random.nextBoolean() ? "Z" : "+25:00"));
            default -> Json.createValue("x".repeat(random.nextInt(3) == 0 ? 65 : 257));
        };
    }

    String mutateText(String text) {
        return switch (random.nextInt(9)) {
            case 0 -> text + " " + text;
            case 1 -> text + randomGarbage();
            case 2 -> text.substring(0, random.nextInt(Math.max(1, text.length())));
            case 3 -> text.replaceFirst("\\{", "{\"userName\":\"dup\",\"UserName\":\"dup2\",");
            case 4 -> text.replaceFirst("\\{", "{\"a\":" + "[".repeat(30 + random.nextInt(2000))
                    + "]".repeat(random.nextInt(3) == 0 ? 1 : 0) + ",");
            case 5 -> text.replaceFirst(":", ":" + hugeNumber() + ",\"z\":");
            case 6 -> insertAt(text, randomGarbage());
            case 7 -> text.replace("\"", random.nextBoolean() ? "'" : "\"\"");
            default -> text.replaceFirst("\\{", "{\"x\":\"\\u0000\\ud800\",");
        };
    }

    String strangeText() {
        return STRANGE_TEXT[random.nextInt(STRANGE_TEXT.length)];
    }

    String longString() {
        int[] lengths = {37, 65, 129, 257, 321, 2049, 20_000};
        return "é".repeat(lengths[random.nextInt(lengths.length)]);
    }

    String hugeNumber() {
        int digits = random.nextBoolean() ? 20 + random.nextInt(60) : 1000 + random.nextInt(200);
        StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "").append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            number.append(random.nextInt(10));
        }
        return random.nextInt(4) == 0 ? number + "E" + (random.nextBoolean() ? "-" : "") + random.nextInt(1_000_000)
                : number.toString();
    }

    private String randomKey() {
        return switch (random.nextInt(5)) {
            case 0 -> "unknown" + random.nextInt(1000);
            case 1 -> "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
            case 2 -> "x".repeat(400);
            case 3 -> "emails";
            default -> strangeText();
        };
    }

    private String randomGarbage() {
        String[] garbage = {"}", "]", "{}", "[]", ",", "x", "\u0000", "null", "1", "\"s\"", "/*c*/", "\\u0000", "\ufeff"};
        return garbage[random.nextInt(garbage.length)];
    }

    private String insertAt(String text, String insert) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insert + text.substring(at);
    }
}
