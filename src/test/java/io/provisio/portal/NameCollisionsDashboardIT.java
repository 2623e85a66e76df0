package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.Api;
import io.provisio.it.ProvisioServer;
import io.provisio.it.ScimClient;
import io.provisio.it.TestDatabase;
import io.provisio.platform.SchemaMigrations;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An upgrade as an admin meets it: a database of schema version 4 holding userName twins is opened
 * by the packaged WAR, which migrates it (the Java migration registered in the WAR), says so in its
 * log, lists the collisions on the dashboard with links to both users, and keeps every twin findable.
 */
class NameCollisionsDashboardIT {

    @Test
    void anUpgradeReportsExistingTwinsInTheLogAndOnTheDashboard() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestDatabase database = TestDatabase.create(
                Files.createDirectories(Path.of("target", "it-migrations", run).toAbsolutePath()), run);
        try {
            SchemaMigrations.configure(database.dataSource()).target("4").load().migrate();
            try (Connection c = database.connect()) {
                insertUser(c, "kept-" + run, "dana-" + run, 0);
                insertUser(c, "twin-" + run, "dana-" + run + "\u200B", 1);
                insertUser(c, "space-" + run, "dana-" + run + " ", 2);
            }
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("SCIM_ADMIN_PASSWORD", "it-" + UUID.randomUUID());
            try (ProvisioServer server = ProvisioServer.start(env);
                 PortalBrowser browser = new PortalBrowser(server.base().toString())) {
                assertTrue(server.log().contains("User twin-" + run + " collides with User kept-" + run), server.log());
                lookUpsPreferTheTwinSpelledAsAsked(server, run);

                browser.login("admin", server.adminPassword());
                browser.open("/portal/dashboard.xhtml");
                String panel = browser.text("nameCollisions");
                browser.screenshot("dashboard-name-collisions");
                assertEquals("2 userName collisions found at upgrade", browser.text("nameCollisionTitle"));
                assertTrue(panel.contains("dana-" + run + "<U+200B>"), panel);
                assertTrue(panel.contains("twin-" + run) && panel.contains("kept-" + run), panel);
                browser.clickLink("dana-" + run + "<U+200B>");
                browser.awaitUrl("id=twin-" + run);
            }
        } finally {
            database.drop();
        }
    }

    /**
     * The twins share a canonical form: a look-up spelled as one of them (ignoring case) finds that
     * one, one spelled as none of them finds all, so an IdP is never handed another's user silently.
     */
    private static void lookUpsPreferTheTwinSpelledAsAsked(ProvisioServer server, String run) {
        Api api = new Api(server);
        ScimClient scim = new ScimClient(api, api.freshToken("OKTA"));
        assertEquals(List.of("kept-" + run), ids(scim.filterUsers("userName eq \"DANA-" + run + "\"")));
        assertEquals(List.of("space-" + run), ids(scim.filterUsers("userName eq \"dana-" + run + " \"")));
        assertEquals(List.of("twin-" + run), ids(scim.filterUsers("userName eq \"dana-" + run + "\u200B\"")));
        assertEquals(List.of("kept-" + run, "space-" + run, "twin-" + run),
                ids(scim.filterUsers("userName eq \"dana-" + run + "\u00A0\"")).stream().sorted().toList());
    }

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(user -> user.getString("id")).toList();
    }

    private static void insertUser(Connection c, String id, String userName, int minute) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scim_user (id, user_name, user_name_lower, active,"
                + " created_at, last_modified, version) VALUES (?, ?, ?, TRUE, ?, ?, 1)")) {
            OffsetDateTime at = OffsetDateTime.of(2026, 1, 1, 0, minute, 0, 0, ZoneOffset.UTC);
            s.setString(1, id);
            s.setString(2, userName);
            s.setString(3, userName);
            s.setObject(4, at);
            s.setObject(5, at);
            s.executeUpdate();
        }
    }
}
