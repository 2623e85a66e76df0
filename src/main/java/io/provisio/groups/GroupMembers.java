package io.provisio.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes and reads {@code group_member} with set-based statements in chunks of {@link #CHUNK}
 * ids. Every statement names the rows it touches (by group and user id, both indexed), so adding
 * one member to a group costs the same statements and rows whether the group has ten members or
 * 100,000; nothing ever reads a whole member list into memory. Plain SQL valid on H2 2.2 and
 * PostgreSQL 15.
 */
final class GroupMembers {

    /** Ids per statement: far below the bind-parameter limits of both databases. */
    static final int CHUNK = 1000;

    // joined to the group's row, so a group that does not exist gets no rows (and no foreign key error)
    private static final String ADD = "INSERT INTO group_member (group_id, user_id, added_at) "
            + "SELECT g.id, u.id, CURRENT_TIMESTAMP FROM scim_group g, scim_user u WHERE g.id = ? AND u.id IN (%s) "
            + "AND NOT EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = g.id AND m.user_id = u.id)";
    private static final String REMOVE = "DELETE FROM group_member WHERE group_id = ? AND user_id IN (%s)";
    private static final String REMOVE_OTHERS = "DELETE FROM group_member WHERE group_id = ? AND user_id NOT IN (%s)";
    private static final String REMOVE_ALL = "DELETE FROM group_member WHERE group_id = ?";
    private static final String USERS = "SELECT id FROM scim_user WHERE id IN (%s)";
    private static final String IDS_AFTER = "SELECT user_id FROM group_member WHERE group_id = ? AND user_id > ? "
            + "ORDER BY user_id FETCH FIRST " + CHUNK + " ROWS ONLY";

    /** What a change did, for the audit row. */
    record Counts(int added, int removed) {
        Counts plus(Counts other) {
            return new Counts(added + other.added, removed + other.removed);
        }

        boolean any() {
            return added + removed > 0;
        }
    }

    private final SqlStatements sql;

    GroupMembers(SqlStatements sql) {
        this.sql = sql;
    }

    /** The ids among these that name no user, in request order. */
    Set<String> missingUsers(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(ids)) {
            sql.query(USERS.formatted(marks(chunk.size())), chunk).forEach(row -> found.add((String) row[0]));
        }
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(found);
        return missing;
    }

    /**
     * Adds the users not yet members; members already there are left alone (idempotent). Adds
     * nothing to a group that does not exist.
     */
    int add(String groupId, Collection<String> userIds) {
        return perChunk(userIds, chunk -> sql.update(ADD.formatted(marks(chunk.size())),
                concat(List.of(groupId), chunk, List.of())));
    }

    /** Removes these users; a user who is not a member is no error. */
    int remove(String groupId, Collection<String> userIds) {
        return perChunk(userIds, chunk -> sql.update(REMOVE.formatted(marks(chunk.size())),
                concat(List.of(groupId), chunk, List.of())));
    }

    int removeAll(String groupId) {
        return sql.update(REMOVE_ALL, List.of(groupId));
    }

    /** Makes the members exactly these users: deletes the others, inserts the missing. */
    Counts replace(String groupId, Set<String> userIds) {
        int removed;
        if (userIds.isEmpty()) {
            removed = removeAll(groupId);
        } else if (userIds.size() <= CHUNK) {
            removed = sql.update(REMOVE_OTHERS.formatted(marks(userIds.size())),
                    concat(List.of(groupId), List.copyOf(userIds), List.of()));
        } else {
            removed = removeOthersByScan(groupId, userIds);
        }
        return new Counts(add(groupId, userIds), removed);
    }

    /**
     * Too many ids for one NOT IN: walks the current members a chunk at a time by key and deletes
     * the ones not wanted, so at most one chunk of current ids is in memory.
     */
    private int removeOthersByScan(String groupId, Set<String> wanted) {
        int removed = 0;
        String after = "";
        while (true) {
            List<String> current = sql.query(IDS_AFTER, List.of(groupId, after)).stream()
                    .map(row -> (String) row[0]).toList();
            if (current.isEmpty()) {
                return removed;
            }
            List<String> unwanted = current.stream().filter(id -> !wanted.contains(id)).toList();
            if (!unwanted.isEmpty()) {
                removed += remove(groupId, unwanted);
            }
            after = current.get(current.size() - 1);
        }
    }

    private static int perChunk(Collection<String> ids, Function<List<String>, Integer> statement) {
        int rows = 0;
        for (List<String> chunk : chunks(ids)) {
            rows += statement.apply(chunk);
        }
        return rows;
    }

    static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static List<Object> concat(List<?> before, List<?> middle, List<?> after) {
        List<Object> all = new ArrayList<>(before.size() + middle.size() + after.size());
        all.addAll(before);
        all.addAll(middle);
        all.addAll(after);
        return all;
    }
}
