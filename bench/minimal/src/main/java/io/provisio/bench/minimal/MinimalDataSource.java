package io.provisio.bench.minimal;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Physical connections to the database in {@code MINIMAL_DB_URL} (and {@code MINIMAL_DB_USER}); the
 * server pools them with Provisio's pool sizes.
 */
@DataSourceDefinition(name = "java:app/jdbc/minimal", className = "io.provisio.bench.minimal.MinimalDataSource",
        properties = "name=minimal", minPoolSize = 2, maxPoolSize = 32, initialPoolSize = 2, maxIdleTime = 300)
public class MinimalDataSource implements DataSource {

    private final org.postgresql.Driver driver = new org.postgresql.Driver();
    private String name;

    public void setName(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", System.getenv().getOrDefault("MINIMAL_DB_USER", "postgres"));
        String password = System.getenv("MINIMAL_DB_PASSWORD");
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        return driver.connect(System.getenv("MINIMAL_DB_URL"), props);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
