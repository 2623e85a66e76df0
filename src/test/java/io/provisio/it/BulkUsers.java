package io.provisio.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Users and member rows by the ten thousand, written straight into the server's database with one
 * set-based statement each: creating them through SCIM, one POST each, would take minutes.
 */
final class BulkUsers {

    private BulkUsers() {
    }

    /** Inserts {@code count} users whose userName starts with {@code prefix}; answers their ids, sorted. */
    static List<String> insert(ProvisioServer server, String prefix, int count) throws SQLException {
        String rows = server.database().isPostgres()
                ? "SELECT gen_random_uuid()::text, ? || g, ? || g, ? || g FROM generate_series(1, ?) g"
                : "SELECT CAST(RANDOM_UUID() AS VARCHAR(36)), CONCAT(?, X), CONCAT(?, X), CONCAT(?, X) FROM SYSTEM_RANGE(1, ?)";
        // the prefix is lower case: the name is its own lower-cased copy and canonical form
        String sql = "INSERT INTO scim_user (id, user_name, user_name_lower, user_name_key, active, created_at, "
                + "last_modified, version) SELECT t.*, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1 FROM (" + rows + ") t";
        try (Connection c = server.jdbc(); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, prefix);
            insert.setString(2, prefix);
            insert.setString(3, prefix);
            insert.setInt(4, count);
            insert.executeUpdate();
        }
        return ids(server, prefix);
    }

    /** Makes every user with the prefix a member of the group, in one statement. */
    static void addAll(ProvisioServer server, String groupId, String prefix) throws SQLException {
        try (Connection c = server.jdbc(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO group_member (group_id, user_id, added_at) SELECT CAST(? AS VARCHAR(36)), id, "
                        + "CURRENT_TIMESTAMP FROM scim_user WHERE user_name_lower LIKE ?")) {
            insert.setString(1, groupId);
            insert.setString(2, prefix + "%");
            insert.executeUpdate();
        }
    }

    static long memberCount(ProvisioServer server, String groupId) throws SQLException {
        try (Connection c = server.jdbc(); PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM group_member WHERE group_id = ?")) {
            count.setString(1, groupId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> ids(ProvisioServer server, String prefix) throws SQLException {
        try (Connection c = server.jdbc(); PreparedStatement select = c.prepareStatement(
                "SELECT id FROM scim_user WHERE user_name_lower LIKE ? ORDER BY id")) {
            select.setString(1, prefix + "%");
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
