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
 * The Users and Groups pages with 100,000 users, all of them members of one group, on a server and
 * database of its own: opening, searching, paging and sorting each stay quick, because the
 * database does the work. Opt-in, as loading the rows takes a while:
 * {@code mvn verify -Dit.test=PortalScaleIT -Dit.scale=true} (add {@code -Ppostgres} for
 * PostgreSQL). Prints the measured times.
 */
@EnabledIfSystemProperty(named = "it.scale", matches = "true")
class PortalScaleIT {

    static final int USERS = 100_000;
    static final int SMALL_GROUPS = 5;
    /** Loose on purpose: a loaded build machine, not a benchmark. */
    static final long LIMIT_MILLIS = 10_000;

    @Test
    void theUsersAndGroupsPagesStayQuickWithAHundredThousandUsers() throws SQLException {
        try (ProvisioServer server = ProvisioServer.start(Map.of("SCIM_ADMIN_PASSWORD", "scale-" + UUID.randomUUID()));
             PortalBrowser browser = new PortalBrowser(server.base().toString())) {
            long loading = System.nanoTime();
            String everyone = insertUsersAndGroups(server);
            System.out.printf("inserted %d users and their group in %d ms%n", USERS,
                    (System.nanoTime() - loading) / 1_000_000);
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
            timed("open Groups", () -> {
                browser.open("/portal/groups.xhtml");
                browser.awaitText("form:groups_paginator_bottom", "of " + (SMALL_GROUPS + 1));
            });
            assertEquals("Everyone", browser.text("form:groups:0:open"));
            assertEquals("10000+", browser.text("form:groups:0:members"));
            timed("open the big group", () -> {
                browser.open("/portal/group.xhtml?id=" + everyone);
                browser.awaitText("form:members_paginator_bottom", "of 100000");
            });
            assertEquals("100000", browser.text("memberCount"));
            timed("its next members", () -> {
                browser.clickCss("[id='form:members_paginator_bottom'] .ui-paginator-next");
                browser.awaitText("form:members_paginator_bottom", "21–40 of 100000");
            });
            timed("its last members", () -> {
                browser.clickCss("[id='form:members_paginator_bottom'] .ui-paginator-last");
                browser.awaitText("form:members_paginator_bottom", "99981–100000 of 100000");
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

    /**
     * Straight into the tables, in batches: a hundred thousand SCIM POSTs would take far longer.
     * Every user joins the group "Everyone"; a few small groups sort after it. Answers its id.
     */
    private static String insertUsersAndGroups(ProvisioServer server) throws SQLException {
        try (Connection db = server.jdbc();
             PreparedStatement user = db.prepareStatement("INSERT INTO scim_user (id, user_name, user_name_lower, "
                     + "display_name, given_name, family_name, active, department, created_at, last_modified, version, "
                     + "provisioned_idp, user_name_key) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 1, 'OKTA', ?)");
             PreparedStatement email = db.prepareStatement("INSERT INTO user_email (user_id, position, email, "
                     + "email_lower, email_type, is_primary) VALUES (?, 0, ?, ?, 'work', TRUE)");
             PreparedStatement group = db.prepareStatement("INSERT INTO scim_group (id, display_name, "
                     + "display_name_lower, created_at, last_modified, version, provisioned_idp, display_name_key) "
                     + "VALUES (?, ?, ?, ?, ?, 1, 'OKTA', ?)");
             PreparedStatement member = db.prepareStatement(
                     "INSERT INTO group_member (group_id, user_id, added_at) VALUES (?, ?, ?)")) {
            db.setAutoCommit(false);
            Timestamp base = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            String everyone = UUID.randomUUID().toString();
            for (int g = 0; g <= SMALL_GROUPS; g++) {
                String name = g == 0 ? "Everyone" : String.format("Team %02d", g);
                group.setString(1, g == 0 ? everyone : UUID.randomUUID().toString());
                group.setString(2, name);
                group.setString(3, name.toLowerCase(java.util.Locale.ROOT));
                group.setTimestamp(4, base);
                group.setTimestamp(5, base);
                group.setString(6, io.provisio.scim.schema.Names.key(name));
                group.addBatch();
            }
            group.executeBatch();
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
                user.setString(10, name);
                user.addBatch();
                email.setString(1, id);
                email.setString(2, "mail" + i + "@scale.example");
                email.setString(3, "mail" + i + "@scale.example");
                email.addBatch();
                member.setString(1, everyone);
                member.setString(2, id);
                member.setTimestamp(3, at);
                member.addBatch();
                if (i % 5000 == 4999) {
                    user.executeBatch();
                    email.executeBatch();
                    member.executeBatch();
                    db.commit();
                }
            }
            return everyone;
        }
    }
}
