package io.provisio.platform;

import io.provisio.scim.schema.Names;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 5: the canonical form of every userName and group displayName ({@link Names#key}),
 * in a column with a unique key, computed in Java because neither database has NFKC in SQL.
 *
 * <p>Rows stored before the rule may already collide. None is deleted and the upgrade does not fail:
 * the earliest row of a canonical form keeps it as its own, each later one (a twin) is marked with
 * its own id in {@code *_twin}, and the unique key is on (key, twin), so the twins stay while every
 * new row (twin '') must be unique. Each twin is reported: one WARNING line with the two ids, and a
 * row in {@code name_collision} that the portal's dashboard lists while both rows exist.
 *
 * <p>Registered with Flyway by {@link SchemaMigrations}, not found by scanning, so it needs no class
 * name of Flyway's convention and no class scanning on any server.
 */
public final class NameKeysMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(NameKeysMigration.class.getName());
    private static final int BATCH = 1_000;

    /** A table whose name column gets a canonical form. */
    record Named(String type, String table, String column, String attribute) {
    }

    static final List<Named> NAMED = List.of(
            new Named("User", "scim_user", "user_name", "userName"),
            new Named("Group", "scim_group", "display_name", "displayName"));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "name keys";
    }

    @Override
    public Integer getChecksum() {
        return 5;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        execute(c, "CREATE TABLE name_collision ("
                + " resource_type VARCHAR(16) NOT NULL,"
                + " resource_id VARCHAR(36) NOT NULL,"
                + " twin_of VARCHAR(36) NOT NULL,"
                + " found_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " CONSTRAINT pk_name_collision PRIMARY KEY (resource_type, resource_id))");
        for (Named named : NAMED) {
            String key = named.column() + "_key";
            execute(c, "ALTER TABLE " + named.table() + " ADD COLUMN " + key + " VARCHAR(" + Names.MAX_KEY_LENGTH + ")");
            // '' for every row but the twins found here: see the class comment
            execute(c, "ALTER TABLE " + named.table() + " ADD COLUMN " + named.column() + "_twin VARCHAR(36) DEFAULT '' NOT NULL");
            fillKeys(c, named);
            execute(c, "ALTER TABLE " + named.table() + " ALTER COLUMN " + key + " SET NOT NULL");
            markTwins(c, named);
            execute(c, "CREATE UNIQUE INDEX uq_" + named.table() + "_" + key + " ON " + named.table()
                    + " (" + key + ", " + named.column() + "_twin)");
        }
    }

    /** Every row's canonical form, a batch at a time by id, so memory stays flat at any size. */
    private static void fillKeys(Connection c, Named named) throws SQLException {
        String select = "SELECT id, " + named.column() + " FROM " + named.table()
                + " WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY";
        String update = "UPDATE " + named.table() + " SET " + named.column() + "_key = ? WHERE id = ?";
        String after = "";
        try (PreparedStatement read = c.prepareStatement(select); PreparedStatement write = c.prepareStatement(update)) {
            while (after != null) {
                read.setString(1, after);
                after = null;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getString(1);
                        write.setString(1, keyOf(rows.getString(2)));
                        write.setString(2, after);
                        write.addBatch();
                    }
                }
                write.executeBatch();
            }
        }
    }

    /**
     * The canonical form, cut to the column: only a name stored before the rules can be longer (the
     * rules refuse it now), and two such names that agree that far are reported as twins.
     */
    static String keyOf(String name) {
        String key = Names.key(name);
        return key.length() > Names.MAX_KEY_LENGTH ? key.substring(0, Names.MAX_KEY_LENGTH) : key;
    }

    /** The rows whose canonical form an earlier row (by creation, then id) already has. */
    private static void markTwins(Connection c, Named named) throws SQLException {
        String key = named.column() + "_key";
        List<String[]> twins = new ArrayList<>(); // {twin id, id of the row it collides with}
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT id, " + key + " FROM "
                + named.table() + " WHERE " + key + " IN (SELECT " + key + " FROM " + named.table() + " GROUP BY "
                + key + " HAVING COUNT(*) > 1) ORDER BY " + key + ", created_at, id")) {
            String firstKey = null;
            String firstId = null;
            while (rows.next()) {
                if (rows.getString(2).equals(firstKey)) {
                    twins.add(new String[] {rows.getString(1), firstId});
                } else {
                    firstKey = rows.getString(2);
                    firstId = rows.getString(1);
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement mark = c.prepareStatement("UPDATE " + named.table() + " SET " + named.column()
                + "_twin = id WHERE id = ?");
             PreparedStatement report = c.prepareStatement("INSERT INTO name_collision"
                     + " (resource_type, resource_id, twin_of, found_at) VALUES (?, ?, ?, ?)")) {
            for (String[] twin : twins) {
                mark.setString(1, twin[0]);
                mark.executeUpdate();
                report.setString(1, named.type());
                report.setString(2, twin[0]);
                report.setString(3, twin[1]);
                report.setObject(4, now);
                report.executeUpdate();
                LOG.warning(() -> String.format("%s %s collides with %s %s: their %ss differ only in letter case, width,"
                        + " spaces or invisible characters. Both are kept; see the portal's dashboard.",
                        named.type(), twin[0], named.type(), twin[1], named.attribute()));
            }
        }
        if (!twins.isEmpty()) {
            LOG.warning(twins.size() + " " + named.attribute()
                    + " collision(s) found at upgrade; the rows are kept and listed on the portal's dashboard");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
