package io.provisio.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one setting of the database server Provisio's speed depends on and cannot set itself:
 * PostgreSQL's autovacuum. Checked at start-up (a warning in the log, {@link SchemaMigrations})
 * and on each load of the portal's dashboard, so an admin sees it where they look.
 *
 * <p>Autovacuum keeps the planner's statistics current, and each of its ANALYZEs makes the
 * connections plan their statements again. Without it, a plan made while a table was empty stays:
 * the member insert of a group PATCH went on scanning the whole member table (findings AN in the
 * benchmark's results), and a group filled one member at a time has its row updated as often, so
 * its table grows with dead versions (findings AL). H2 has no such setting.
 */
@ApplicationScoped
public class DatabaseUpkeep {

    static final String AUTOVACUUM_OFF = "PostgreSQL's autovacuum is off. Provisio relies on it to keep the"
            + " planner's statistics and query plans current and to clean the rows that member changes update;"
            + " without it, user lists and group PATCHes slow down as the tables grow. Turn it on"
            + " (ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf();) or run VACUUM ANALYZE regularly.";

    @Resource(lookup = SchemaMigrations.DATASOURCE)
    DataSource dataSource;

    /** What the admin should change on the database server, or empty; empty too when the check cannot run. */
    public Optional<String> warning() {
        return warning(dataSource);
    }

    /** The same for the database behind this datasource. */
    static Optional<String> warning(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return warning(c);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The warning for the database behind this connection, or empty. */
    static Optional<String> warning(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW autovacuum")) {
            return r.next() ? autovacuumWarning(r.getString(1)) : Optional.empty();
        }
    }

    /** PostgreSQL answers {@code SHOW autovacuum} with on or off. */
    static Optional<String> autovacuumWarning(String setting) {
        return "off".equalsIgnoreCase(setting) ? Optional.of(AUTOVACUUM_OFF) : Optional.empty();
    }
}
