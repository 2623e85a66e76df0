package io.provisio.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the application's datasource and brings its schema up to date with Flyway before
 * anything else touches it. Other startup beans {@code @DependsOn("SchemaMigrations")}.
 *
 * <p>The schema is owned by the versioned scripts in {@code db/migration}, written once for both
 * H2 and PostgreSQL, and the Java migrations registered in {@link #configure}; JPA never generates tables.
 */
@DataSourceDefinition(
        name = SchemaMigrations.DATASOURCE,
        className = "io.provisio.platform.ConfiguredDataSource",
        properties = "configPrefix=" + DatabaseSettings.CONFIG_PREFIX,
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    public static final String DATASOURCE = "java:app/jdbc/provisio";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        MigrateResult result = configure(dataSource).load().migrate();
        LOG.info(() -> String.format(
                "Provisio database: %s, url=%s, user=%s, schema version %s (%d migration(s) applied now)",
                product(), settings.redactedUrl(), settings.user().isEmpty() ? "-" : settings.user(),
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted));
        DatabaseUpkeep.warning(dataSource).ifPresent(LOG::warning);
    }

    /** Flyway as Provisio runs it: the SQL scripts of {@code db/migration} and the Java migrations. */
    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new NameKeysMigration());
    }

    private String product() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
