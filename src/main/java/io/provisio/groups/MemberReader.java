package io.provisio.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads membership in both directions without loading a whole list: a group's members one chunk
 * at a time by key (user id), and the groups of a page of users in one statement per 1,000 users.
 */
final class MemberReader {

    private static final String MEMBERS_AFTER = "SELECT m.user_id, COALESCE(u.display_name, u.user_name) "
            + "FROM group_member m JOIN scim_user u ON u.id = m.user_id "
            + "WHERE m.group_id = ? AND m.user_id > ? ORDER BY m.user_id FETCH FIRST %d ROWS ONLY";
    private static final String GROUPS_OF = "SELECT m.user_id, g.id, g.display_name "
            + "FROM group_member m JOIN scim_group g ON g.id = m.group_id "
            + "WHERE m.user_id IN (%s) ORDER BY g.display_name_lower, g.id";

    private final SqlStatements sql;

    MemberReader(SqlStatements sql) {
        this.sql = sql;
    }

    /** Up to {@code limit} members with a user id after {@code afterUserId} ("" for the first). */
    List<Member> membersAfter(String groupId, String afterUserId, int limit) {
        return sql.query(MEMBERS_AFTER.formatted(limit), List.of(groupId, afterUserId)).stream()
                .map(row -> new Member((String) row[0], (String) row[1]))
                .toList();
    }

    /** The groups of each user, by user id; users in no group are absent. */
    Map<String, List<UserGroup>> groupsOf(Collection<String> userIds) {
        Map<String, List<UserGroup>> groups = new HashMap<>();
        for (List<String> chunk : GroupMembers.chunks(userIds)) {
            for (Object[] row : sql.query(GROUPS_OF.formatted(GroupMembers.marks(chunk.size())), chunk)) {
                groups.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                        .add(new UserGroup((String) row[1], (String) row[2]));
            }
        }
        return groups;
    }
}
