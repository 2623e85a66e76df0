package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /Schemas and /ResourceTypes (RFC 7644 section 4), the custom extension following the admin's definitions. */
class DiscoveryIT {

    private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CUSTOM = "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User";
    private static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);
    private String token;

    @BeforeEach
    void token() {
        token = api.freshToken("OKTA");
    }

    @Test
    void schemasListsTheFourSchemas() {
        Api.Reply reply = scim("/scim/v2/Schemas");

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/scim+json"));
        JsonObject list = reply.json();
        assertEquals(LIST_RESPONSE, list.getJsonArray("schemas").getString(0));
        assertEquals(4, list.getInt("totalResults"));
        assertEquals(1, list.getInt("startIndex"));
        assertEquals(4, list.getInt("itemsPerPage"));
        List<JsonObject> schemas = list.getJsonArray("Resources").getValuesAs(JsonObject.class);
        assertEquals(List.of(USER, GROUP, ENTERPRISE, CUSTOM), schemas.stream().map(s -> s.getString("id")).toList());
        for (JsonObject schema : schemas) {
            assertTrue(schema.getJsonObject("meta").getString("location").endsWith("/scim/v2/Schemas/" + schema.getString("id")));
        }
    }

    @Test
    void theCustomExtensionFollowsDefineAndRemoveAtOnce() {
        String name = CustomAttributesIT.unique("badge");
        Api.Reply defined = api.send(api.admin("/api/admin/custom-attributes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"type\":\"dateTime\"}")));
        assertEquals(201, defined.status(), defined.body());

        JsonObject attribute = customAttributes().stream().filter(a -> a.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing from the custom extension"));
        assertEquals("dateTime", attribute.getString("type"));
        assertFalse(attribute.getBoolean("multiValued"));

        api.send(api.admin("/api/admin/custom-attributes/" + defined.json().getString("id")).DELETE());
        assertTrue(customAttributes().stream().noneMatch(a -> a.getString("name").equals(name)));
    }

    @Test
    void oneSchemaByUrnAndAnUnknownOneIs404() {
        Api.Reply user = scim("/scim/v2/Schemas/" + USER);
        assertEquals(200, user.status(), user.body());
        assertEquals("User", user.json().getString("name"));

        Api.Reply unknown = scim("/scim/v2/Schemas/" + enc("urn:example:nothing"));
        assertScimError(unknown, 404);
    }

    @Test
    void resourceTypesNameUsersAndGroups() {
        JsonObject list = scim("/scim/v2/ResourceTypes").json();
        assertEquals(2, list.getInt("totalResults"));
        List<JsonObject> types = list.getJsonArray("Resources").getValuesAs(JsonObject.class);
        assertEquals(List.of("User", "Group"), types.stream().map(t -> t.getString("id")).toList());

        JsonObject user = scim("/scim/v2/ResourceTypes/User").json();
        assertEquals("/Users", user.getString("endpoint"));
        assertEquals(USER, user.getString("schema"));
        List<JsonObject> extensions = user.getJsonArray("schemaExtensions").getValuesAs(JsonObject.class);
        assertEquals(List.of(ENTERPRISE, CUSTOM), extensions.stream().map(e -> e.getString("schema")).toList());
        extensions.forEach(e -> assertFalse(e.getBoolean("required")));

        JsonObject group = scim("/scim/v2/ResourceTypes/Group").json();
        assertEquals("/Groups", group.getString("endpoint"));
        assertEquals(GROUP, group.getString("schema"));
        assertTrue(group.getJsonObject("meta").getString("location").endsWith("/scim/v2/ResourceTypes/Group"));

        assertScimError(scim("/scim/v2/ResourceTypes/Device"), 404);
    }

    @Test
    void withoutATokenDiscoveryIs401() {
        for (String path : List.of("/scim/v2/Schemas", "/scim/v2/Schemas/" + USER, "/scim/v2/ResourceTypes",
                "/scim/v2/ResourceTypes/User")) {
            assertScimError(api.send(api.request(path)), 401);
        }
    }

    private List<JsonObject> customAttributes() {
        Api.Reply reply = scim("/scim/v2/Schemas/" + CUSTOM);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("attributes").getValuesAs(JsonObject.class);
    }

    private Api.Reply scim(String path) {
        return api.send(api.scim(path, token));
    }

    private static void assertScimError(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        JsonObject error = reply.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.getJsonArray("schemas").getString(0));
        assertEquals(String.valueOf(status), error.getString("status"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
