package io.provisio.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Membership SQL on an in-memory H2 with the real migrations: the statements and rows one add or
 * remove costs do not depend on how many members the group has. 5,000 members keep this a unit
 * test (H2 writes only some 2,000 rows a second on a CI machine); BigGroupIT runs 100,000 on the server.
 */
class GroupMembersTest {

    private Connection connection;
    private CountingStatements sql;
    private GroupMembers members;

    @BeforeEach
    void database() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            for (String script : List.of("V2__users_custom_attributes.sql", "V3__groups.sql")) {
                for (String ddl : read("/db/migration/" + script).split(";")) {
                    if (!ddl.replaceAll("(?m)^--.*$", "").isBlank()) {
                        statement.execute(ddl);
                    }
                }
            }
        }
        // setting up 100,000 rows commits once, not per row
        connection.setAutoCommit(false);
        sql = new CountingStatements(connection);
        members = new GroupMembers(sql);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void addingOneMemberCostsTheSameInAGroupOfTenAndOfFiveThousand() throws SQLException {
        int[] small = addOne(10);
        int[] big = addOne(5_000);

        assertEquals(small[0], big[0], "statements");
        assertEquals(1, small[1]);
        assertEquals(1, big[1], "rows changed");
        assertEquals(1, big[0], "the insert (which proves the user exists, see GroupService.patch), and nothing more");
    }

    @Test
    void removingOneMemberCostsOneStatementInAnyGroup() throws SQLException {
        String group = group(5_000);
        String member = firstMember(group);
        sql.reset();

        assertEquals(1, members.remove(group, Set.of(member)));
        assertEquals(1, sql.statements);
        assertEquals(1, sql.rowsChanged);
        assertEquals(0, members.remove(group, Set.of(member)), "removing a non-member is no error");
    }

    @Test
    void addIsIdempotentAndMissingUsersAreNamed() throws SQLException {
        String group = group(3);
        String member = firstMember(group);

        assertEquals(0, members.add(group, Set.of(member)));
        assertEquals(Set.of("nobody"), members.missingUsers(Set.of(member, "nobody")));
    }

    @Test
    void replaceDeletesOthersAndInsertsMissingAlsoBeyondOneChunk() throws SQLException {
        String group = group(2_500);
        Set<String> wanted = new LinkedHashSet<>(users(1_500));
        wanted.add(firstMember(group));

        GroupMembers.Counts counts = members.replace(group, wanted);

        assertEquals(new GroupMembers.Counts(1_500, 2_499), counts);
        assertEquals(1_501, count(group));
        assertEquals(new GroupMembers.Counts(0, 1_501), members.replace(group, Set.of()));
    }

    @Test
    void readsMembersInChunksByKey() throws SQLException {
        String group = group(25);
        MemberReader reader = new MemberReader(sql);
        List<Member> first = reader.membersAfter(group, "", 10);
        List<Member> second = reader.membersAfter(group, first.get(9).userId(), 10);

        assertEquals(10, first.size());
        assertTrue(first.get(9).userId().compareTo(second.get(0).userId()) < 0);
        assertEquals(1, reader.groupsOf(List.of(first.get(0).userId())).get(first.get(0).userId()).size());
    }

    @Test
    void membersArePagedByKeyOrByOffsetAlike() throws SQLException {
        String group = group(45);
        MemberReader reader = new MemberReader(sql);
        List<MemberSummary> first = reader.memberPage(group, "", 0, 20);
        List<MemberSummary> byKey = reader.memberPage(group, first.get(19).userId(), 0, 20);
        List<MemberSummary> byOffset = reader.memberPage(group, "", 20, 20);
        List<MemberSummary> last = reader.memberPage(group, byKey.get(19).userId(), 0, 20);

        assertEquals(20, first.size());
        assertEquals(byOffset, byKey);
        assertTrue(first.get(19).userId().compareTo(byKey.get(0).userId()) < 0);
        assertEquals(5, last.size());
        assertEquals(last, reader.memberPage(group, null, 40, 20));
        assertEquals(first.get(0).userId(), first.get(0).userName(), "userName comes from scim_user");
        assertEquals(List.of(), reader.memberPage("no-such-group", "", 0, 20));
    }

    @Test
    void memberCountsComeFromOneStatementPerPageOfGroupsUpToACap() throws SQLException {
        String big = group(1_200);
        String small = group(3);
        String empty = group(0);
        MemberReader reader = new MemberReader(sql);
        sql.reset();

        var counts = reader.memberCounts(List.of(big, small, empty, "no-such-group"), 1_000);

        assertEquals(1, sql.statements);
        assertEquals(1_001L, counts.get(big), "counted to the cap and one more: more than 1,000");
        assertEquals(3L, counts.get(small));
        assertEquals(null, counts.get(empty), "a group without members is absent");
        assertEquals(null, counts.get("no-such-group"));
        assertEquals(1_200L, reader.memberCounts(List.of(big), 5_000).get(big));
        assertEquals(1_200L, reader.memberCount(big));
        assertEquals(0L, reader.memberCount("no-such-group"));
    }

    @Test
    void aUsersGroupsAreCappedAndCounted() throws SQLException {
        String user = users(1).get(0);
        for (int i = 0; i < 4; i++) {
            members.add(group(0), Set.of(user));
        }
        MemberReader reader = new MemberReader(sql);

        UserGroups.Listing capped = reader.groupsOf(user, 3);
        UserGroups.Listing all = reader.groupsOf(user, 10);

        assertEquals(3, capped.groups().size());
        assertEquals(4, capped.total());
        assertEquals(4, all.groups().size());
        assertEquals(4, all.total());
        assertEquals(0, reader.groupsOf("nobody", 3).total());
    }

    private int[] addOne(int size) throws SQLException {
        String group = group(size);
        String newcomer = users(1).get(0);
        sql.reset();
        assertEquals(1, members.add(group, Set.of(newcomer)));
        return new int[] {sql.statements, sql.rowsChanged};
    }

    /** A group with {@code size} members, written by JDBC batch. */
    private String group(int size) throws SQLException {
        String group = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_group (id, display_name, "
                + "display_name_lower, created_at, last_modified, version) VALUES (?, ?, ?, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, 1)")) {
            insert.setString(1, group);
            insert.setString(2, group);
            insert.setString(3, group);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO group_member (group_id, user_id, added_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            for (String user : users(size)) {
                insert.setString(1, group);
                insert.setString(2, user);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return group;
    }

    private List<String> users(int count) throws SQLException {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_user (id, user_name, "
                + "user_name_lower, active, created_at, last_modified, version) VALUES (?, ?, ?, TRUE, "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)")) {
            for (String id : ids) {
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setString(3, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids;
    }

    private String firstMember(String group) {
        return (String) sql.query("SELECT MIN(user_id) FROM group_member WHERE group_id = ?", List.of(group)).get(0)[0];
    }

    private long count(String group) {
        return ((Number) sql.query("SELECT COUNT(*) FROM group_member WHERE group_id = ?", List.of(group))
                .get(0)[0]).longValue();
    }

    private static String read(String resource) {
        try (InputStream in = GroupMembersTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
