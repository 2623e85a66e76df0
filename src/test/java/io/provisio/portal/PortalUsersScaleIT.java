package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.it.ProvisioServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Users page with 100,000 users, on a server and database of its own: opening, searching,
 * paging and sorting each stay quick, because the database does the work. Opt-in, as loading the
 * rows takes a while: {@code mvn verify -Dit.test=PortalUsersScaleIT -Dit.scale=true}. Prints
 * the measured times.
 */
@EnabledIfSystemProperty(named = "it.scale", matches = "true")
class PortalUsersScaleIT {

    static final int USERS = 100_000;
    /** Loose on purpose: a loaded build machine, not a benchmark. */
    static final long LIMIT_MILLIS = 10_000;

    @Test
    void theUsersPageStaysQuickWithAHundredThousandUsers() throws SQLException {
        try (ProvisioServer server = ProvisioServer.start(Map.of("SCIM_ADMIN_PASSWORD", "scale-" + UUID.randomUUID()));
             PortalBrowser browser = new PortalBrowser(server.base().toString())) {
            long loading = System.nanoTime();
            insertUsers(server);
            System.out.printf("inserted %d users in %d ms%n", USERS, (System.nanoTime() - loading) / 1_000_000);
            browser.login("admin", server.adminPassword());

            timed("open Users", () -> {
                browser.open("/portal/users.xhtml");
                browser.awaitText("form:users_paginator_bottom", "of 100000");
            });
            timed("next page", () -> {
                browser.clickCss("[id='form:users_paginator_bottom'] .ui-paginator-next");
                browser.awaitText("form:users_paginator_bottom", "21–40 of 100000");
            });
            timed("sort by last modified", () -> {
                browser.click("form:users:lastModifiedCol");
                browser.awaitAjax();
            });
            timed("search", () -> {
                browser.type("form:text", "user-099999");
                browser.click("form:search");
                browser.awaitText("form:users_paginator_bottom", "1–1 of 1");
            });
            assertEquals("user-099999@scale.example", browser.text("form:users:0:open"));
            timed("dashboard", () -> {
                browser.open("/portal/dashboard.xhtml");
                browser.awaitText("userCount", "100000");
            });
        }
    }

    private static void timed(String step, Runnable action) {
        long start = System.nanoTime();
        action.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-22s %5d ms%n", step, millis);
        assertTrue(millis < LIMIT_MILLIS, step + " took " + millis + " ms");
    }

    /** Straight into the tables, in batches: a hundred thousand SCIM POSTs would take far longer. */
    private static void insertUsers(ProvisioServer server) throws SQLException {
        try (Connection db = server.jdbc();
             PreparedStatement user = db.prepareStatement("INSERT INTO scim_user (id, user_name, user_name_lower, "
                     + "display_name, given_name, family_name, active, department, created_at, last_modified, version, "
                     + "provisioned_idp) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 1, 'OKTA')");
             PreparedStatement email = db.prepareStatement("INSERT INTO user_email (user_id, position, email, "
                     + "email_lower, email_type, is_primary) VALUES (?, 0, ?, ?, 'work', TRUE)")) {
            db.setAutoCommit(false);
            Timestamp base = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            for (int i = 0; i < USERS; i++) {
                String id = UUID.randomUUID().toString();
                String name = String.format("user-%06d@scale.example", i);
                Timestamp at = new Timestamp(base.getTime() + i * 1000L);
                user.setString(1, id);
                user.setString(2, name);
                user.setString(3, name);
                user.setString(4, "Scale User " + i);
                user.setString(5, "Given" + i);
                user.setString(6, "Family" + (i % 977));
                user.setString(7, "Dept " + (i % 50));
                user.setTimestamp(8, at);
                user.setTimestamp(9, at);
                user.addBatch();
                email.setString(1, id);
                email.setString(2, "mail" + i + "@scale.example");
                email.setString(3, "mail" + i + "@scale.example");
                email.addBatch();
                if (i % 5000 == 4999) {
                    user.executeBatch();
                    email.executeBatch();
                    db.commit();
                }
            }
        }
    }
}
