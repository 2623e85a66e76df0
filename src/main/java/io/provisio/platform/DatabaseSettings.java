package io.provisio.platform;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database Provisio talks to, read from MicroProfile Config. Environment variables follow
 * its mapping: {@code SCIM_DB_URL}, {@code SCIM_DB_USER}, {@code SCIM_DB_PASSWORD}.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/provisio";
    /** Where the settings live in MicroProfile Config: {@code scim.db.url}, {@code scim.db.user}, {@code scim.db.password}. */
    public static final String CONFIG_PREFIX = "scim.db";

    /** The databases Provisio supports, told apart by their JDBC URL. */
    public enum Kind {
        H2("H2", "org.h2.Driver"),
        POSTGRESQL("PostgreSQL", "org.postgresql.Driver");

        private final String label;
        private final String driverClass;

        Kind(String label, String driverClass) {
            this.label = label;
            this.driverClass = driverClass;
        }

        public String label() {
            return label;
        }

        Driver newDriver() throws SQLException {
            try {
                // The application's class loader sees the bundled PostgreSQL driver and the
                // server's H2; DriverManager would only see drivers of the server's loader.
                return (Driver) Class.forName(driverClass, true, DatabaseSettings.class.getClassLoader())
                        .getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new SQLException("JDBC driver " + driverClass + " is not available", e);
            }
        }
    }

    public static DatabaseSettings fromConfig() {
        return fromConfig(CONFIG_PREFIX);
    }

    public static DatabaseSettings fromConfig(String prefix) {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        return new DatabaseSettings(
                config.getOptionalValue(prefix + ".url", String.class).orElse(DEFAULT_URL),
                config.getOptionalValue(prefix + ".user", String.class).orElse(""),
                config.getOptionalValue(prefix + ".password", String.class).orElse(""));
    }

    public Kind kind() {
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        throw new IllegalStateException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): "
                + redactedUrl());
    }

    /**
     * The URL Provisio connects with: the configured one, and on H2 with {@code WRITE_DELAY=0}
     * unless the URL sets a write delay itself. H2 otherwise writes a commit to its file up to half a
     * second later, so a killed server loses changes it had acknowledged; with no delay each commit
     * is written before it returns.
     */
    public String connectionUrl() {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }

    /** The URL Provisio connects with, without any password it may carry, fit for a log line. */
    public String redactedUrl() {
        return connectionUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + "]";
    }
}
