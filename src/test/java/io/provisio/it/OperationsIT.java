package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Health, the OpenAPI document, and the startup line naming the database. */
class OperationsIT {

    private final ProvisioServer server = ProvisioServer.shared();
    private final Api api = new Api(server);

    @Test
    void readinessChecksTheDatabase() {
        Api.Reply ready = api.send(HttpRequest.newBuilder(server.health("/health/ready")));

        assertEquals(200, ready.status());
        // servers may add checks of their own (WildFly: boot-errors)
        JsonObject check = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "database".equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + ready.body()));
        assertEquals("UP", check.getString("status"));
        assertEquals(server.database().isPostgres() ? "PostgreSQL" : "H2",
                check.getJsonObject("data").getString("product"));
    }

    @Test
    void openApiDocumentsTheAdminAndScimApis() {
        Api.Reply openapi = api.send(api.request("/openapi"));

        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/admin/tokens"));
        assertTrue(openapi.body().contains("/api/admin/audit"));
        assertTrue(openapi.body().contains("/scim/v2/ServiceProviderConfig"));
        // each path under its own application, also where the server scans both as one
        assertFalse(openapi.body().contains("/scim/v2/tokens"), openapi.body());
        assertFalse(openapi.body().contains("/api/admin/Users"), openapi.body());
    }

    @Test
    void startupLogNamesTheDatabaseButNoSecret() {
        String log = server.log();

        assertTrue(log.contains("Provisio database: " + (server.database().isPostgres() ? "PostgreSQL" : "H2")), log);
        assertFalse(log.contains(server.adminPassword()));
        String password = server.database().password();
        assertTrue(password.isEmpty() || !log.contains(password));
    }

    @Test
    void startupLogWarnsWhenPostgresRunsWithoutAutovacuum() {
        String log = server.log();

        boolean off = server.database().autovacuumOff();
        assertEquals(off, log.contains("PostgreSQL's autovacuum is off."), log);
        assertEquals(off, log.contains("ALTER SYSTEM SET autovacuum = on"), log);
    }

    @Test
    void theApisSkipThePortalsLoginOnThisServer() {
        // the scope is registered at start-up (PortalAuthenticationScope); without it every SCIM
        // request would run the portal's Jakarta Security mechanism first
        String log = server.log();

        assertTrue(log.contains("The portal's login (Jakarta Security) is skipped by the APIs under [/scim/, /api/]"), log);
        assertEquals(401, api.send(api.request("/scim/v2/Users")).status(), "a SCIM request without a token");
    }
}
