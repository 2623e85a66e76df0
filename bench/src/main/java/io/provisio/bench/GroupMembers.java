package io.provisio.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a group's members straight into group_member (RFC-shaped groups are being built elsewhere:
 * the columns are read from the schema, group_id and user_id plus any required timestamp).
 */
final class GroupMembers {

    private GroupMembers() {
    }

    static void load(Db db, String groupId, List<String> userIds) throws SQLException {
        try (Connection c = db.connectBulk()) {
            List<String> columns = new ArrayList<>(List.of("group_id", "user_id"));
            List<String> timestamps = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getColumns(null, null, db.isPostgres() ? "group_member" : "GROUP_MEMBER", null)) {
                while (r.next()) {
                    String name = r.getString("COLUMN_NAME").toLowerCase();
                    boolean required = "NO".equals(r.getString("IS_NULLABLE")) && r.getString("COLUMN_DEF") == null;
                    if (required && !columns.contains(name)) {
                        String type = r.getString("TYPE_NAME").toLowerCase();
                        if (!type.contains("timestamp")) {
                            throw new SQLException("group_member." + name + " (" + type + ") is required; the bench"
                                    + " only knows how to fill group_id, user_id and timestamps");
                        }
                        columns.add(name);
                        timestamps.add(name);
                    }
                }
            }
            String sql = "INSERT INTO group_member (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.size() - 1) + "?)";
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int pending = 0;
                for (String userId : userIds) {
                    s.setString(1, groupId);
                    s.setString(2, userId);
                    for (int i = 0; i < timestamps.size(); i++) {
                        s.setTimestamp(3 + i, now);
                    }
                    s.addBatch();
                    if (++pending == 1000) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    s.executeBatch();
                }
            }
            c.commit();
        }
    }
}
