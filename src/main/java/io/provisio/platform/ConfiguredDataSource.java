package io.provisio.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource class behind {@code java:app/jdbc/provisio}. The server pools it; this class
 * only opens physical connections to the database that MicroProfile Config names
 * ({@code scim.db.url}, {@code scim.db.user}, {@code scim.db.password}).
 *
 * <p>The definition passes one property, {@code configPrefix} ({@code scim.db}): the server sets it
 * through its setter like any datasource property. WildFly refuses a datasource class that is
 * given no property at all (IJ031103), so the prefix the settings are read under is that property.
 *
 * <p>Why not {@code className = "org.h2..."} in the definition: the driver class depends on the
 * URL, and one WAR must switch between H2 and PostgreSQL by configuration alone, on any Jakarta EE
 * server, without server-specific placeholder syntax in the annotation.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile String configPrefix = DatabaseSettings.CONFIG_PREFIX;
    private volatile DatabaseSettings settings;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings db = settings();
        Properties props = new Properties();
        if (!db.user().isEmpty()) {
            props.setProperty("user", db.user());
        }
        if (!db.password().isEmpty()) {
            props.setProperty("password", db.password());
        }
        Connection connection = driver(db).connect(db.connectionUrl(), props);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + db.redactedUrl());
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private DatabaseSettings settings() {
        DatabaseSettings current = settings;
        if (current == null) {
            current = DatabaseSettings.fromConfig(configPrefix);
            settings = current;
        }
        return current;
    }

    private Driver driver(DatabaseSettings db) throws SQLException {
        Driver current = driver;
        if (current == null) {
            current = db.kind().newDriver();
            driver = current;
        }
        return current;
    }

    /** The MicroProfile Config prefix of the settings: {@code <prefix>.url}, {@code .user}, {@code .password}. */
    public void setConfigPrefix(String configPrefix) {
        this.configPrefix = configPrefix;
        this.settings = null;
    }

    public String getConfigPrefix() {
        return configPrefix;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
