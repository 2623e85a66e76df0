package io.provisio.bench;

import com.github.f4b6a3.uuid.UuidCreator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database of one bench server: a fresh PostgreSQL database (created here, dropped at the
 * end) or a fresh H2 file opened with AUTO_SERVER, so this JVM can load and query it beside the
 * server. Also the JDBC baselines: the same rows and SELECTs as Provisio, without Provisio.
 */
final class Db {

    static final String USER_INSERT = "INSERT INTO scim_user (id, user_name, user_name_lower, external_id, display_name,"
            + " given_name, family_name, active, department, created_at, last_modified, version, provisioned_by,"
            + " provisioned_idp, user_name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String EMAIL_INSERT = "INSERT INTO user_email (user_id, position, email, email_lower, email_type,"
            + " is_primary) VALUES (?, ?, ?, ?, ?, ?)";
    static final String USER_BY_NAME = "SELECT id, user_name, external_id, display_name, given_name, family_name,"
            + " active, department, created_at, last_modified, version FROM scim_user WHERE user_name_key = ?";
    static final String USER_BY_ID = "SELECT id, user_name, external_id, display_name, given_name, family_name,"
            + " active, department, created_at, last_modified, version FROM scim_user WHERE id = ?";
    static final String EMAILS = "SELECT position, email, email_type, is_primary FROM user_email WHERE user_id = ?"
            + " ORDER BY position";
    /** The statement behind a page by startIndex (Provisio's first of its page statements, the one depth changes). */
    static final String PAGE_IDS = "SELECT id FROM scim_user ORDER BY id LIMIT 100 OFFSET ?";
    static final String MEMBER_INSERT = "INSERT INTO group_member (group_id, user_id, added_at) VALUES (?, ?, ?)";
    static final String GROUP_TOUCH = "UPDATE scim_group SET version = version + 1, last_modified = ? WHERE id = ?";

    final String kind;
    final String url;
    final String user;
    final String password;
    private final String adminUrl;
    final String name;

    private Db(String kind, String url, String user, String password, String adminUrl, String name) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    static Db postgres(String adminUrl, String user, String password, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new Db("postgres", url, user, password, adminUrl, name);
    }

    /** A PostgreSQL database somebody else created and drops ({@code bench/ab.sh}'s): this one only loads it. */
    static Db existingPostgres(String url, String user, String password) {
        return new Db("postgres", url, user, password, null, null);
    }

    static Db h2(Path file, String password) {
        return new Db("h2", "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", password, null, null);
    }

    boolean isPostgres() {
        return "postgres".equals(kind);
    }

    Map<String, String> environment() {
        return Map.of("SCIM_DB_URL", url, "SCIM_DB_USER", user, "SCIM_DB_PASSWORD", password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** For bulk loads: PostgreSQL rewrites batched inserts into multi-row statements. */
    Connection connectBulk() throws SQLException {
        return DriverManager.getConnection(isPostgres() ? url + "?reWriteBatchedInserts=true" : url, user, password);
    }

    /**
     * The database alone paging by OFFSET: the ids of 100 users from offset, as Provisio's page by
     * startIndex selects them, by JDBC over one connection; timed as {@link Bench#p50(int, Bench.Block)}.
     */
    double pageIdsP50(long offset, int reps) throws Exception {
        try (Connection c = connect(); PreparedStatement page = c.prepareStatement(PAGE_IDS)) {
            page.setLong(1, offset);
            return Bench.p50(reps, () -> {
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        r.getString(1);
                    }
                }
            });
        }
    }

    void drop() {
        if (!isPostgres() || name == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop bench database " + name + ": " + e.getMessage());
        }
    }

    /** Bulk-loads count users named prefix{from..from+count-1}@example.com, each with one email. */
    void bulkUsers(String prefix, int from, int count, int batch) throws SQLException {
        try (Connection c = connectBulk()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement(USER_INSERT); PreparedStatement e = c.prepareStatement(EMAIL_INSERT)) {
                int pending = 0;
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = from; i < from + count; i++) {
                    String id = UuidCreator.getTimeOrderedEpoch().toString();
                    bindUser(u, id, prefix + i, now);
                    u.addBatch();
                    bindEmail(e, id, prefix + i);
                    e.addBatch();
                    if (++pending == batch) {
                        u.executeBatch();
                        e.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    u.executeBatch();
                    e.executeBatch();
                    c.commit();
                }
            }
        }
        maintain();
    }

    /**
     * What autovacuum does on a running database, done now: fresh statistics (stale ones made
     * PostgreSQL read every email for a page of 100 users: 53 ms instead of 2 ms at 200,000 users),
     * a set visibility map (or an index-only scan, the deep pages, visits every new row's heap page),
     * and a checkpoint so that the next window does not pay for the dirty pages. The bench calls it
     * after the bulk load and after each scenario that wrote many rows, since a machine may run
     * PostgreSQL with autovacuum off (this one does) and, with it on, it would start at a random
     * point of a measured window.
     */
    void maintain() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (isPostgres()) {
                for (String table : List.of("scim_user", "user_email", "scim_group", "group_member", "audit_event")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
                s.execute("CHECKPOINT");
            } else {
                s.execute("ANALYZE");
            }
        }
    }

    /**
     * H2's page cache, which lives in the server's heap: what it holds and its limit, in MiB, as H2 reports them
     * ({@code info.CACHE_SIZE}, {@code info.CACHE_MAX_SIZE}); empty on PostgreSQL or when H2 reports neither.
     */
    Optional<H2Cache> h2Cache() throws SQLException {
        if (isPostgres()) {
            return Optional.empty();
        }
        Long used = null;
        Long max = null;
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.CACHE_SIZE', 'info.CACHE_MAX_SIZE')")) {
            while (r.next()) {
                long value = Long.parseLong(r.getString(2).trim());
                if ("info.CACHE_SIZE".equals(r.getString(1))) {
                    used = value;
                } else {
                    max = value;
                }
            }
        }
        return used == null || max == null ? Optional.empty() : Optional.of(new H2Cache(used, max));
    }

    /** H2's page cache: what it holds and its limit, in MiB. */
    record H2Cache(long usedMiB, long maxMiB) {
    }

    /**
     * Turns PostgreSQL's autovacuum on for the run when the server has it off, as PostgreSQL ships it
     * and as a production server runs it: without it, the one group row the sync cycle updates for
     * every user leaves dead versions that page pruning cannot keep up with at 8 connections, the
     * table grows and every statement that finds the row slows down (findings AL). The server-wide
     * setting is the only switch: a table's {@code autovacuum_enabled} acts only under it. Returns
     * what {@link #restoreAutovacuum(String)} puts back, or null when nothing was changed (H2, already
     * on, or no right to change it; the reason is in the notes).
     */
    String autovacuumOnForTheRun(List<String> notes) {
        if (!isPostgres() || adminUrl == null) {
            return null;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            String was;
            try (ResultSet r = s.executeQuery("SHOW autovacuum")) {
                r.next();
                was = r.getString(1);
            }
            if ("on".equals(was)) {
                return null;
            }
            s.execute("ALTER SYSTEM SET autovacuum = on");
            s.execute("SELECT pg_reload_conf()");
            notes.add("the server's autovacuum was " + was + "; the bench turned it on for the run (ALTER SYSTEM) and reset it afterwards");
            return was;
        } catch (SQLException e) {
            notes.add("could not turn autovacuum on for the run (" + e.getMessage() + "); measured as the server is");
            return null;
        }
    }

    /** Undoes {@link #autovacuumOnForTheRun(List)}: the server's own configuration again. */
    void restoreAutovacuum(String was) {
        if (was == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM RESET autovacuum");
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            System.err.println("Could not reset autovacuum (it was " + was + "): " + e.getMessage()
                    + "; run ALTER SYSTEM RESET autovacuum and SELECT pg_reload_conf()");
        }
    }

    /** PostgreSQL's autovacuum setting, for the notes; "n/a" on H2. */
    String autovacuum() throws SQLException {
        if (!isPostgres()) {
            return "n/a";
        }
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW autovacuum")) {
            r.next();
            return r.getString(1);
        }
    }

    static void bindUser(PreparedStatement u, String id, String local, Timestamp now) throws SQLException {
        String userName = local + "@example.com";
        u.setString(1, id);
        u.setString(2, userName);
        u.setString(3, userName.toLowerCase());
        u.setString(4, "ext-" + local);
        u.setString(5, "Bench " + local);
        u.setString(6, "Bench");
        u.setString(7, local);
        u.setBoolean(8, true);
        u.setString(9, null);
        u.setTimestamp(10, now);
        u.setTimestamp(11, now);
        u.setLong(12, 1);
        u.setString(13, null);
        u.setString(14, "OKTA");
        u.setString(15, userName.toLowerCase()); // the canonical form of a lower-case ASCII name is itself
    }

    static void bindEmail(PreparedStatement e, String id, String local) throws SQLException {
        String email = local + "@example.com";
        e.setString(1, id);
        e.setInt(2, 0);
        e.setString(3, email);
        e.setString(4, email.toLowerCase());
        e.setString(5, "work");
        e.setBoolean(6, true);
    }

    /** One connection per client thread, with the baseline statements prepared. */
    final class Client implements AutoCloseable {
        final Connection c;
        final PreparedStatement insertUser;
        final PreparedStatement insertEmail;
        final PreparedStatement byName;
        final PreparedStatement byId;
        final PreparedStatement emails;
        final PreparedStatement insertMember;
        final PreparedStatement touchGroup;

        Client() throws SQLException {
            c = connect();
            insertUser = c.prepareStatement(USER_INSERT);
            insertEmail = c.prepareStatement(EMAIL_INSERT);
            byName = c.prepareStatement(USER_BY_NAME);
            byId = c.prepareStatement(USER_BY_ID);
            emails = c.prepareStatement(EMAILS);
            insertMember = c.prepareStatement(MEMBER_INSERT);
            touchGroup = c.prepareStatement(GROUP_TOUCH);
        }

        /** user + one email, one transaction; returns the new user's id. */
        String insert(String local) throws SQLException {
            c.setAutoCommit(false);
            String id = UuidCreator.getTimeOrderedEpoch().toString();
            bindUser(insertUser, id, local, Timestamp.from(Instant.now()));
            insertUser.executeUpdate();
            bindEmail(insertEmail, id, local);
            insertEmail.executeUpdate();
            c.commit();
            return id;
        }

        /**
         * What a group PATCH adding one member writes, one transaction: the membership row, then
         * the group's version bump (which holds the group's row lock until the commit).
         */
        void join(String groupId, String userId) throws SQLException {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            insertMember.setString(1, groupId);
            insertMember.setString(2, userId);
            insertMember.setTimestamp(3, now);
            insertMember.executeUpdate();
            touchGroup.setTimestamp(1, now);
            touchGroup.setString(2, groupId);
            touchGroup.executeUpdate();
            c.commit();
        }

        /** the user by user_name_lower, then its emails; returns whether it was found. */
        boolean lookup(String userNameLower) throws SQLException {
            c.setAutoCommit(true);
            byName.setString(1, userNameLower);
            String id = null;
            try (ResultSet r = byName.executeQuery()) {
                if (r.next()) {
                    id = r.getString(1);
                    readRow(r);
                }
            }
            if (id == null) {
                return false;
            }
            readEmails(id);
            return true;
        }

        boolean byId(String id) throws SQLException {
            c.setAutoCommit(true);
            byId.setString(1, id);
            try (ResultSet r = byId.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                readRow(r);
            }
            readEmails(id);
            return true;
        }

        private void readEmails(String id) throws SQLException {
            emails.setString(1, id);
            try (ResultSet r = emails.executeQuery()) {
                while (r.next()) {
                    r.getInt(1);
                    r.getString(2);
                    r.getString(3);
                    r.getBoolean(4);
                }
            }
        }

        private void readRow(ResultSet r) throws SQLException {
            for (int i = 1; i <= 11; i++) {
                r.getObject(i);
            }
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    /** A pool of clients for a thread pool of the load generator: one per thread, closed together. */
    final class Clients implements AutoCloseable {
        private final ThreadLocal<Client> local = new ThreadLocal<>();
        /** Every connection opened, with the thread that uses it now. */
        private final Map<Client, Thread> owners = new HashMap<>();

        /**
         * This thread's connection. A connection whose thread has ended is handed on: every
         * warm-up window starts new threads, and a connection per thread ever started ran the
         * database out of connections ("too many clients") once warm-ups got longer.
         */
        Client get() throws SQLException {
            Client c = local.get();
            if (c == null) {
                synchronized (owners) {
                    c = owners.entrySet().stream().filter(e -> !e.getValue().isAlive()).map(Map.Entry::getKey)
                            .findFirst().orElse(null);
                    if (c == null) {
                        c = new Client();
                    }
                    owners.put(c, Thread.currentThread());
                }
                local.set(c);
            }
            return c;
        }

        @Override
        public void close() {
            synchronized (owners) {
                for (Client c : owners.keySet()) {
                    try {
                        c.close();
                    } catch (SQLException e) {
                        // closing
                    }
                }
                owners.clear();
            }
        }
    }

    Clients clients() {
        return new Clients();
    }

    int update(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** PostgreSQL's per-table scan counters and the database's commit count, for statements-per-request evidence. */
    Map<String, Long> pgCounters() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet r = s.executeQuery("SELECT relname, coalesce(seq_scan,0), coalesce(idx_scan,0) FROM pg_stat_user_tables")) {
                while (r.next()) {
                    out.put(r.getString(1) + ".seq_scan", r.getLong(2));
                    out.put(r.getString(1) + ".idx_scan", r.getLong(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT xact_commit, sessions FROM pg_stat_database WHERE datname = current_database()")) {
                if (r.next()) {
                    out.put("transactions", r.getLong(1));
                    out.put("new sessions (connections opened)", r.getLong(2));
                }
            }
        }
        return out;
    }
}
