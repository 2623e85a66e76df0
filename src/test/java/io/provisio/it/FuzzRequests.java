package io.provisio.it;

import static io.provisio.it.ScimFuzzIT.encode;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Random SCIM requests for {@link ScimFuzzIT}: method, path, headers and a hostile body. */
final class FuzzRequests {

    /** One request to send; the description is what a failure message shows. */
    record Probe(String method, String path, String contentType, String accept, byte[] body) {
        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + path + " [Content-Type: " + contentType + "; Accept: " + accept + "] "
                    + (text.length() > 600 ? text.substring(0, 600) + "... (" + text.length() + " chars)" : text);
        }
    }

    /** Valid documents the mutations start from. */
    record Templates(JsonObject user, JsonObject group, JsonObject patch, JsonObject search) {
    }

    private static final String[] CONTENT_TYPES = {"application/json", "application/scim+json; charset=utf-8",
        "application/scim+json; charset=UTF8", "application/scim+json; charset=bogus",
        "application/scim+json; charset=ISO-8859-1", "application/scim+json; charset=\"utf-16\"",
        "application/scim+json; charset=", "application/scim+json;;;", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "a/b/c", "*/*", "application/*",
        "application/scim+json; charset=utf-8; charset=latin1", "APPLICATION/SCIM+JSON"};
    private static final String[] ACCEPTS = {"application/json", "text/html", "*/*", "application/xml",
        "application/scim+json;q=0", "garbage", "application/scim+json, text/plain;q=0.5"};
    private static final String[] IDS = {"", "%00", "..", "%2e%2e", "not-an-id", "a%20b", "%C0%AE",
        "00000000-0000-0000-0000-000000000000", "x".repeat(65), "%ED%A0%80", "%FF"};

    private final Random random;
    private final String userId;
    private final String groupId;
    private final Templates templates;
    private final FuzzMutations mutations;
    private final FuzzFilters filters;

    FuzzRequests(Random random, String userId, String groupId, String[] customNames, Templates templates) {
        this.random = random;
        this.userId = userId;
        this.groupId = groupId;
        this.templates = templates;
        this.mutations = new FuzzMutations(random);
        this.filters = new FuzzFilters(random, mutations, customNames);
    }

    Probe next() {
        return switch (random.nextInt(10)) {
            case 0 -> body("POST", "/scim/v2/Users", mutations.mutate(templates.user()));
            case 1 -> body("PUT", "/scim/v2/Users/" + userId, mutations.mutate(templates.user()));
            case 2 -> body("PATCH", "/scim/v2/Users/" + userId, mutations.mutate(patch()));
            case 3 -> body("POST", "/scim/v2/Groups", mutations.mutate(templates.group()));
            case 4 -> body("PUT", "/scim/v2/Groups/" + groupId, mutations.mutate(templates.group()));
            case 5 -> body("PATCH", "/scim/v2/Groups/" + groupId, mutations.mutate(patch()));
            case 6 -> body("POST", resources() + "/.search", mutations.mutate(search()));
            case 7 -> new Probe("GET", resources() + "?" + listParameters(), null, accept(), null);
            case 8 -> new Probe(random.nextBoolean() ? "GET" : "DELETE", resources() + "/" + pick(IDS),
                    null, accept(), null);
            default -> body("POST", random.nextBoolean() ? "/scim/v2/Users" : "/scim/v2/Groups/.search",
                    mutations.mutateText(random.nextBoolean() ? templates.user().toString() : search().toString()));
        };
    }

    private Probe body(String method, String path, String text) {
        byte[] bytes = random.nextInt(12) == 0 ? strangeBytes(text) : text.getBytes(StandardCharsets.UTF_8);
        return new Probe(method, path, contentType(), accept(), bytes);
    }

    /** Not UTF-8: a stray byte, an overlong form, or the whole text in UTF-16. */
    private byte[] strangeBytes(String text) {
        if (random.nextBoolean()) {
            return text.getBytes(StandardCharsets.UTF_16);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(utf8, utf8.length + 2);
        int at = random.nextInt(utf8.length + 1);
        System.arraycopy(utf8, at, out, at + 2, utf8.length - at);
        out[at] = (byte) 0xC0;
        out[at + 1] = (byte) (random.nextBoolean() ? 0x80 : 0xFF);
        return out;
    }

    private JsonObject patch() {
        var operation = Json.createObjectBuilder()
                .add("op", pick(new String[] {"add", "replace", "remove", "Replace", "move", ""}))
                .add("path", filters.patchPath())
                .add("value", random.nextBoolean() ? mutations.hostile() : templates.user());
        return Json.createObjectBuilder(templates.patch())
                .add("Operations", Json.createArrayBuilder().add(operation)).build();
    }

    private JsonObject search() {
        return Json.createObjectBuilder(templates.search()).add("filter", filters.filter()).build();
    }

    private String listParameters() {
        StringBuilder query = new StringBuilder("filter=").append(encode(filters.filter()));
        String[] names = {"count", "startIndex", "sortBy", "sortOrder", "attributes", "excludedAttributes", "cursor"};
        for (int n = random.nextInt(3); n > 0; n--) {
            String value = switch (random.nextInt(4)) {
                case 0 -> mutations.hugeNumber();
                case 1 -> mutations.strangeText();
                case 2 -> filters.attribute();
                default -> String.valueOf(random.nextInt(2000) - 1000);
            };
            query.append('&').append(pick(names)).append('=').append(encode(value));
        }
        return query.toString();
    }

    private String resources() {
        return random.nextBoolean() ? "/scim/v2/Users" : "/scim/v2/Groups";
    }

    private String contentType() {
        return random.nextInt(3) == 0 ? pick(CONTENT_TYPES) : random.nextInt(10) == 0 ? null : "application/scim+json";
    }

    private String accept() {
        return random.nextInt(5) == 0 ? pick(ACCEPTS) : null;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
