package io.provisio.platform;

import io.provisio.scim.schema.Names;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The name collisions the upgrade to canonical names found ({@link NameKeysMigration}) that still
 * stand: both rows of the pair exist. Read for the portal's dashboard, so an admin sees them where
 * they look; removing or renaming one of a pair takes it off the list.
 */
@ApplicationScoped
public class NameCollisions {

    /** Rows shown at most; the count covers all. */
    static final int SHOWN = 100;

    private static final Logger LOG = Logger.getLogger(NameCollisions.class.getName());
    private static final String PAIRS = "SELECT c.resource_type, c.resource_id, r.%2$s, c.twin_of, t.%2$s"
            + " FROM name_collision c JOIN %1$s r ON r.id = c.resource_id JOIN %1$s t ON t.id = c.twin_of"
            + " WHERE c.resource_type = '%3$s'";

    /** One collision: a row and the earlier row whose name it cannot be told apart from, names written visibly. */
    public record Collision(String type, String id, String name, String twinOfId, String twinOfName) {

        public boolean user() {
            return "User".equals(type);
        }
    }

    /** How many collisions of each kind stand, and the first {@link #SHOWN} of them. */
    public record Report(long userNames, long displayNames, List<Collision> shown) {

        public long total() {
            return userNames + displayNames;
        }
    }

    @Resource(lookup = SchemaMigrations.DATASOURCE)
    DataSource dataSource;

    /** The collisions that stand; none when they cannot be read (the dashboard must still show). */
    public Report report() {
        try (Connection c = dataSource.getConnection()) {
            return report(c);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the name collisions: {0}", e.getMessage());
            return new Report(0, 0, List.of());
        }
    }

    /** The same, read on this connection. */
    public static Report report(Connection c) throws SQLException {
        String sql = String.format(PAIRS, "scim_user", "user_name", "User") + " UNION ALL "
                + String.format(PAIRS, "scim_group", "display_name", "Group") + " ORDER BY 1 DESC, 2";
        long users = 0;
        long groups = 0;
        List<Collision> shown = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                Collision collision = new Collision(rows.getString(1), rows.getString(2), Names.visible(rows.getString(3)),
                        rows.getString(4), Names.visible(rows.getString(5)));
                users += collision.user() ? 1 : 0;
                groups += collision.user() ? 0 : 1;
                if (shown.size() < SHOWN) {
                    shown.add(collision);
                }
            }
        }
        return new Report(users, groups, List.copyOf(shown));
    }
}
