package io.provisio.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads membership in both directions without loading a whole list: a group's members one chunk
 * at a time by key (user id), and the groups of a page of users in one statement per 1,000 users.
 */
final class MemberReader {

    // Both member pages choose their user ids from the membership key first and join the users
    // after: written as one join, H2 scans every user and sorts, at every page of a big group.
    private static final String MEMBERS_AFTER = "SELECT m.user_id, COALESCE(u.display_name, u.user_name) "
            + "FROM (SELECT user_id FROM group_member WHERE group_id = ? AND user_id > ? "
            + "ORDER BY user_id FETCH FIRST %d ROWS ONLY) m JOIN scim_user u ON u.id = m.user_id ORDER BY m.user_id";
    private static final String GROUPS_OF = "SELECT m.user_id, g.id, g.display_name "
            + "FROM group_member m JOIN scim_group g ON g.id = m.group_id "
            + "WHERE m.user_id IN (%s) ORDER BY g.display_name_lower, g.id";
    // the portal's page of members: by key past the row before it, plus an offset for a page
    // reached by a jump; both walk the primary key (group_id, user_id)
    private static final String MEMBER_PAGE = "SELECT m.user_id, u.user_name, u.display_name "
            + "FROM (SELECT user_id FROM group_member WHERE group_id = ? AND user_id > ? "
            + "ORDER BY user_id OFFSET %d ROWS FETCH NEXT %d ROWS ONLY) m JOIN scim_user u ON u.id = m.user_id "
            + "ORDER BY m.user_id";
    private static final String MEMBER_COUNT = "SELECT COUNT(*) FROM group_member WHERE group_id = ?";
    // one group's members counted up to a cap (H2 allows no outer reference in a derived table,
    // so a page of groups is a UNION ALL of these), so twenty 100,000-member groups stay cheap
    private static final String CAPPED_COUNT = "SELECT group_id, COUNT(*) FROM (SELECT group_id FROM group_member "
            + "WHERE group_id = ? FETCH FIRST %d ROWS ONLY) c GROUP BY group_id";
    /** Groups per counting statement: a portal page holds at most 100. */
    private static final int COUNT_CHUNK = 100;
    private static final String GROUPS_OF_USER = "SELECT g.id, g.display_name "
            + "FROM group_member m JOIN scim_group g ON g.id = m.group_id "
            + "WHERE m.user_id = ? ORDER BY g.display_name_lower, g.id FETCH FIRST %d ROWS ONLY";
    private static final String GROUP_COUNT_OF_USER = "SELECT COUNT(*) FROM group_member WHERE user_id = ?";

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

    /**
     * Up to {@code limit} members ordered by user id: those after {@code afterUserId} ("" for the
     * start), skipping {@code skip} of them first. Paging forward passes the last id shown and
     * skips nothing, so every page costs the same; a jump pays for the rows it skips.
     */
    List<MemberSummary> memberPage(String groupId, String afterUserId, int skip, int limit) {
        return sql.query(MEMBER_PAGE.formatted(Math.max(0, skip), Math.max(0, limit)),
                        List.of(groupId, afterUserId == null ? "" : afterUserId)).stream()
                .map(row -> new MemberSummary((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** How many members the group has, counted on the primary key; no member row is read out. */
    long memberCount(String groupId) {
        return number(sql.query(MEMBER_COUNT, List.of(groupId)).get(0)[0]);
    }

    /**
     * The member counts of a page of groups in one statement, each counted only up to
     * {@code cap + 1}: a count above {@code cap} means "more than cap". A group without members
     * (or unknown) is absent.
     */
    Map<String, Long> memberCounts(Collection<String> groupIds, int cap) {
        Map<String, Long> counts = new HashMap<>();
        List<String> ids = List.copyOf(groupIds);
        for (int from = 0; from < ids.size(); from += COUNT_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + COUNT_CHUNK));
            String union = String.join(" UNION ALL ", Collections.nCopies(chunk.size(), CAPPED_COUNT.formatted(cap + 1)));
            for (Object[] row : sql.query(union, chunk)) {
                counts.put((String) row[0], number(row[1]));
            }
        }
        return counts;
    }

    /** The first {@code limit} groups of one user by displayName, and how many it is in. */
    UserGroups.Listing groupsOf(String userId, int limit) {
        List<UserGroup> groups = sql.query(GROUPS_OF_USER.formatted(Math.max(0, limit)), List.of(userId)).stream()
                .map(row -> new UserGroup((String) row[0], (String) row[1]))
                .toList();
        long total = groups.size() < limit ? groups.size()
                : number(sql.query(GROUP_COUNT_OF_USER, List.of(userId)).get(0)[0]);
        return new UserGroups.Listing(groups, total);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
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
