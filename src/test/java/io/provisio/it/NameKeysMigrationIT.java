package io.provisio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.platform.NameCollisions;
import io.provisio.platform.NameKeysMigration;
import io.provisio.platform.SchemaMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upgrade to schema version 5 on a database of the version before, with twins stored as the old
 * rules allowed: every row stays, each gets its canonical form, the later twins are marked and
 * reported (log and the dashboard's query), and the unique key holds for every new row. Runs Flyway
 * as the server does ({@link SchemaMigrations#configure}), on H2 or PostgreSQL ({@code it.db}).
 */
class NameKeysMigrationIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private TestDatabase database;
    private DataSource dataSource;

    @BeforeEach
    void databaseAtVersion4() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "it-migrations", run).toAbsolutePath());
        database = TestDatabase.create(workDir, run);
        dataSource = database.dataSource();
        SchemaMigrations.configure(dataSource).target("4").load().migrate();
        Logger.getLogger(NameKeysMigration.class.getName()).addHandler(capture);
    }

    @AfterEach
    void drop() {
        Logger.getLogger(NameKeysMigration.class.getName()).removeHandler(capture);
        database.drop();
    }

    @Test
    void twinsStayAreMarkedAndReportedAndNewRowsAreUnique() throws SQLException {
        String alice = "alice-" + run;
        Map<String, String> users = new HashMap<>();
        try (Connection c = database.connect()) {
            // the earliest row keeps the canonical form whatever its id
            users.put("kept", insertUser(c, "zz-" + run, alice, 0));
            users.put("zwsp", insertUser(c, "aa-" + run, "ALICE-" + run + "\u200B", 1));
            users.put("fullwidth", insertUser(c, "bb-" + run, "\uFF41\uFF4C\uFF49\uFF43\uFF45-" + run, 2));
            users.put("space", insertUser(c, "cc-" + run, alice + " ", 3));
            users.put("other", insertUser(c, "dd-" + run, "bob-" + run, 4));
            users.put("tab", insertUser(c, "ee-" + run, "carol-" + run + "\t", 5));
            insertGroup(c, "g1-" + run, "Sales " + run, 0);
            insertGroup(c, "g2-" + run, "sales\u00A0" + run + "\u00A0", 1);
            insertGroup(c, "g3-" + run, "Engineering " + run, 2);
        }

        SchemaMigrations.configure(dataSource).load().migrate();

        try (Connection c = database.connect()) {
            assertEquals(6, count(c, "SELECT COUNT(*) FROM scim_user"));
            assertEquals(3, count(c, "SELECT COUNT(*) FROM scim_group"));
            assertEquals(Map.of("zz-" + run, "", "aa-" + run, "aa-" + run, "bb-" + run, "bb-" + run,
                    "cc-" + run, "cc-" + run), keysAndTwins(c, alice));
            assertEquals("carol-" + run, single(c, "SELECT user_name_key FROM scim_user WHERE id = 'ee-" + run + "'"));
            assertEquals("g2-" + run, single(c, "SELECT display_name_twin FROM scim_group WHERE id = 'g2-" + run + "'"));
            assertEquals(3, count(c, "SELECT COUNT(*) FROM name_collision WHERE resource_type = 'User' AND twin_of = 'zz-"
                    + run + "'"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM name_collision WHERE resource_type = 'Group' AND twin_of = 'g1-"
                    + run + "'"));

            List<String> warnings = logged.stream().filter(r -> r.getLevel() == Level.WARNING)
                    .map(LogRecord::getMessage).toList();
            for (String twin : List.of("aa-", "bb-", "cc-")) {
                assertEquals(1, warnings.stream().filter(w -> w.startsWith("User " + twin + run + " collides with User zz-"
                        + run)).count(), warnings.toString());
            }
            assertEquals(1, warnings.stream().filter(w -> w.startsWith("Group g2-" + run + " collides with Group g1-"))
                    .count(), warnings.toString());
            assertTrue(warnings.stream().noneMatch(w -> w.contains(alice)), "ids, not names, in the log: " + warnings);

            NameCollisions.Report report = report(c);
            assertEquals(3, report.userNames());
            assertEquals(1, report.displayNames());
            assertTrue(report.shown().contains(new NameCollisions.Collision("User", "aa-" + run, "ALICE-" + run
                    + "<U+200B>", "zz-" + run, alice)), report.toString());

            // a new row with a taken canonical form is refused by the unique key, as the server inserts it
            SQLException taken = assertThrows(SQLException.class, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO scim_user (id, user_name, user_name_lower, user_name_key, active,"
                            + " created_at, last_modified, version) VALUES ('new-" + run + "', 'Alice-" + run
                            + "\u3000', 'alice-" + run + "\u3000', '" + alice + "', TRUE, CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP, 1)");
                }
            });
            assertEquals("23505", taken.getSQLState());

            // once the kept row is gone, its pairs no longer stand
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM scim_user WHERE id = 'zz-" + run + "'");
            }
            assertEquals(0, report(c).userNames());
            assertEquals(1, report(c).displayNames());
        }
    }

    private static NameCollisions.Report report(Connection c) throws SQLException {
        return NameCollisions.report(c);
    }

    private static Map<String, String> keysAndTwins(Connection c, String key) throws SQLException {
        Map<String, String> twins = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, user_name_twin FROM scim_user WHERE user_name_key = ?")) {
            s.setString(1, key);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    twins.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return twins;
    }

    private static String insertUser(Connection c, String id, String userName, int minute) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scim_user (id, user_name, user_name_lower, active,"
                + " created_at, last_modified, version) VALUES (?, ?, ?, TRUE, ?, ?, 1)")) {
            s.setString(1, id);
            s.setString(2, userName);
            s.setString(3, userName.toLowerCase(java.util.Locale.ROOT));
            s.setObject(4, at(minute));
            s.setObject(5, at(minute));
            s.executeUpdate();
        }
        return id;
    }

    private static void insertGroup(Connection c, String id, String displayName, int minute) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scim_group (id, display_name, display_name_lower,"
                + " created_at, last_modified, version) VALUES (?, ?, ?, ?, ?, 1)")) {
            s.setString(1, id);
            s.setString(2, displayName);
            s.setString(3, displayName.toLowerCase(java.util.Locale.ROOT));
            s.setObject(4, at(minute));
            s.setObject(5, at(minute));
            s.executeUpdate();
        }
    }

    private static OffsetDateTime at(int minute) {
        return OffsetDateTime.of(2026, 1, 1, 0, minute, 0, 0, ZoneOffset.UTC);
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(single(c, sql));
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }
}
