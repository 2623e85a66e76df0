package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** SCIM calls as an IdP makes them, with one bearer token. */
public final class ScimClient {

    public static final String SCIM_JSON = "application/scim+json";
    public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private final Api api;
    private final String token;
    private final String contentType;

    public ScimClient(Api api, String token) {
        this(api, token, SCIM_JSON);
    }

    public ScimClient(Api api, String token, String contentType) {
        this.api = api;
        this.token = token;
        this.contentType = contentType;
    }

    public Api.Reply get(String path) {
        return api.send(api.scim(path, token));
    }

    public Api.Reply post(String path, String body) {
        return api.send(api.scim(path, token).header("Content-Type", contentType).POST(Api.json(body)));
    }

    public Api.Reply put(String path, String body) {
        return api.send(api.scim(path, token).header("Content-Type", contentType).PUT(Api.json(body)));
    }

    public Api.Reply put(String path, String body, String ifMatch) {
        return api.send(api.scim(path, token).header("Content-Type", contentType).header("If-Match", ifMatch)
                .PUT(Api.json(body)));
    }

    public Api.Reply patch(String path, String operations) {
        return api.send(api.scim(path, token).header("Content-Type", contentType).method("PATCH", patchOp(operations)));
    }

    public Api.Reply patch(String path, String operations, String ifMatch) {
        return api.send(api.scim(path, token).header("Content-Type", contentType).header("If-Match", ifMatch)
                .method("PATCH", patchOp(operations)));
    }

    private static HttpRequest.BodyPublisher patchOp(String operations) {
        return Api.json("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}");
    }

    public Api.Reply delete(String path) {
        return api.send(api.scim(path, token).DELETE());
    }

    public HttpRequest.Builder request(String path) {
        return api.scim(path, token);
    }

    public Api.Reply send(HttpRequest.Builder request) {
        return api.send(request);
    }

    /** GET /Users?filter=..., the filter URL-encoded the way the IdP's HTTP stack does it. */
    public Api.Reply filterUsers(String filter) {
        return get("/scim/v2/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }

    /** Creates a user with a unique userName; answers its document. */
    public JsonObject createUser(String prefix) {
        return createUser(prefix, "");
    }

    public JsonObject createUser(String prefix, String extraJson) {
        String userName = unique(prefix) + "@example.com";
        Api.Reply reply = post("/scim/v2/Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName
                + "\"" + extraJson + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Creates a group with a unique displayName and these members; answers its document. */
    public JsonObject createGroup(String prefix, String... memberIds) {
        String members = String.join(",", java.util.Arrays.stream(memberIds)
                .map(id -> "{\"value\":\"" + id + "\"}").toList());
        Api.Reply reply = post("/scim/v2/Groups", "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\""
                + unique(prefix) + "\",\"members\":[" + members + "]}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** GET /Groups?filter=..., URL-encoded. */
    public Api.Reply filterGroups(String filter, String extra) {
        return get("/scim/v2/Groups?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8) + extra);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
