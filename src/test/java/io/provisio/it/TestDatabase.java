package io.provisio.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database one test server runs on: a fresh H2 file under target/ (opened with AUTO_SERVER so
 * the test JVM can connect beside the server), or a fresh PostgreSQL database with a name of its
 * own, dropped again at the end. Chosen by the system property {@code it.db} (h2 or postgres).
 */
public record TestDatabase(String kind, String url, String user, String password, String adminUrl, String name) {

    public static TestDatabase create(Path workDir, String runId) {
        String kind = System.getProperty("it.db", "h2");
        if ("postgres".equals(kind)) {
            String adminUrl = System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String user = System.getProperty("it.pg.user", "postgres");
            String password = System.getProperty("it.pg.password", "");
            String name = "provisio_it_" + runId.replace('-', '_');
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create PostgreSQL database " + name + " at " + adminUrl, e);
            }
            String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
            return new TestDatabase(kind, url, user, password, adminUrl, name);
        }
        String url = "jdbc:h2:file:" + workDir.resolve("db").resolve("provisio") + ";AUTO_SERVER=TRUE";
        // a password of its own, so the suite can check that no log line reveals it
        return new TestDatabase("h2", url, "sa", "h2-" + runId, null, null);
    }

    public Map<String, String> environment() {
        return Map.of("SCIM_DB_URL", url, "SCIM_DB_USER", user, "SCIM_DB_PASSWORD", password);
    }

    public boolean isPostgres() {
        return "postgres".equals(kind);
    }

    /** Whether the PostgreSQL server runs without autovacuum (Provisio then warns); false on H2. */
    public boolean autovacuumOff() {
        if (!isPostgres()) {
            return false;
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW autovacuum")) {
            return r.next() && "off".equals(r.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read autovacuum from " + url, e);
        }
    }

    /** A datasource on this database, for running Flyway from the test JVM. */
    public DataSource dataSource() {
        if (isPostgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public void drop() {
        if (!isPostgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
