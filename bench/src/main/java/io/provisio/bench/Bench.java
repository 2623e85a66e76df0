package io.provisio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Provisio's benchmark: every figure next to a baseline measured in the same run. See bench/README.md.
 * Run from the repository root (bench/run.sh does): needs target/provisio.war and target/payara-micro.jar.
 */
public final class Bench {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    /** Payara Micro and Provisio's WAR as mvn package leaves them; the bench runs from the repository root. */
    static final Path MICRO_JAR = Path.of("target", "payara-micro.jar").toAbsolutePath();
    static final Path PROVISIO_WAR = Path.of("target", "provisio.war").toAbsolutePath();

    final Options o;
    final Report report = new Report();
    final Path runDir;
    final String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final boolean useWrk = Wrk.available();
    /** The userName prefix of every user the minimal app creates in this run, all deleted after its rows. */
    final String minimalUsers = "mn" + runId.substring(0, 4);
    long bareRssKb = -1;
    /** This database's rows 1-3, which the minimal app (bench/minimal) is compared with. */
    Figures figures = new Figures();

    static final class Figures {
        double postRate = Double.NaN;
        double jdbcInsertRate = Double.NaN;
        double syncRate = Double.NaN;
        double jdbcSyncRate = Double.NaN;
        double lookupRate = Double.NaN;
        double lookupP99 = Double.NaN;
        double rawLookupP99 = Double.NaN;
    }

    record Options(int users, int h2Users, boolean quick, List<String> dbs, boolean jfr, int posts, int clients,
                   String pgUrl, String pgUser, String pgPassword, String heap, int warmUpSeconds, int warmUpMinSeconds,
                   int startups, String command) {
        static Options parse(String[] args) {
            int users = 100_000;
            Integer h2Users = null;
            Integer posts = null;
            boolean quick = false;
            boolean jfr = true;
            List<String> dbs = List.of("postgres", "h2");
            String pgUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
            String pgUser = "postgres";
            String pgPassword = "";
            String heap = "1g";
            Integer warmUp = null;
            Integer warmUpMin = null;
            Integer startups = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--users" -> users = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                    case "--h2-users" -> h2Users = Integer.parseInt(args[++i].replace("_", ""));
                    case "--posts" -> posts = Integer.parseInt(args[++i].replace("_", ""));
                    case "--quick" -> quick = true;
                    case "--no-jfr" -> jfr = false;
                    case "--db" -> dbs = "both".equals(args[i + 1]) ? List.of("postgres", "h2") : List.of(args[++i]);
                    case "--pg-url" -> pgUrl = args[++i];
                    case "--pg-user" -> pgUser = args[++i];
                    case "--pg-password" -> pgPassword = args[++i];
                    case "--server-heap" -> heap = args[++i];
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--warm-up-min" -> warmUpMin = Integer.parseInt(args[++i]);
                    case "--startups" -> startups = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + "; options: --users N | --quick | --h2-users N | --posts N | --db postgres|h2|both | --no-jfr"
                            + " | --pg-url URL | --pg-user U | --pg-password P | --server-heap 1g | --warm-up SECONDS"
                            + " | --warm-up-min SECONDS | --startups N");
                }
                if ("--db".equals(args[i]) && "both".equals(args[i + 1])) {
                    i++;
                }
            }
            if (quick) {
                users = 5_000;
            }
            int h2 = h2Users != null ? h2Users : users;
            int p = posts != null ? posts : quick ? 2_000 : 20_000;
            int starts = startups != null ? startups : quick ? 1 : 3;
            if (starts < 1) {
                throw new IllegalArgumentException("--startups must be at least 1, was " + starts);
            }
            return new Options(users, h2, quick, dbs, jfr, p, 8, pgUrl, pgUser, pgPassword, heap,
                    warmUp != null ? warmUp : quick ? 30 : 300, warmUpMin != null ? warmUpMin : quick ? 10 : 120,
                    starts, String.join(" ", args));
        }

        Duration window(int seconds) {
            return Duration.ofSeconds(quick ? Math.max(5, seconds / 3) : seconds);
        }

        /**
         * Until the closed-loop rate levels off, at least --warm-up-min and at most --warm-up seconds
         * per scenario (see Load.warmUp).
         */
        Load.WarmUp warmUp(Load.Op op) {
            return Load.warmUp(clients, warmWindow(), Duration.ofSeconds(warmUpMinSeconds), Duration.ofSeconds(warmUpSeconds), op);
        }

        Load.WarmUp warmUp(Load.Window window) {
            return Load.warmUp(warmWindow(), Duration.ofSeconds(warmUpMinSeconds), Duration.ofSeconds(warmUpSeconds), window);
        }

        Duration warmWindow() {
            return Duration.ofSeconds(quick ? 5 : 10);
        }
    }

    Bench(Options o) throws IOException {
        this.o = o;
        runDir = Path.of("bench", "target", "runs", runId).toAbsolutePath();
        Files.createDirectories(runDir);
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (!Files.exists(PROVISIO_WAR) || !Files.exists(MICRO_JAR)) {
            throw new IllegalStateException("Run from the repository root after mvn package (bench/run.sh does both)");
        }
        Bench bench = new Bench(o);
        bench.run();
    }

    void run() throws Exception {
        log("run " + runId + ": users=" + o.users + " (h2: " + o.h2Users + "), posts=" + o.posts + ", dbs=" + o.dbs);
        report.machine = Machine.describe();
        report.note(useWrk ? "closed-loop HTTP throughput (rows 1 and 3) and every warm-up driven by wrk; fixed-rate latencies by Apache HttpClient (classic), after 300 discarded requests"
                : "wrk not found: every HTTP row driven by Apache HttpClient (classic), whose CPU on the same cores counts against Provisio"
                + " (bench/run.sh installs wrk where it can)");
        report.note("load average at the start: " + Machine.loadavg() + " (other work on the machine counts against both sides of each ratio).");
        boolean profiled = false;
        for (String db : o.dbs) {
            try {
                runOn(db, "postgres".equals(db) ? o.users : o.h2Users, o.jfr && !profiled);
                profiled = true;
            } catch (Exception e) {
                e.printStackTrace();
                report.add("-", db, "run failed", "-", "-", "-", "error: " + e.getMessage());
            }
        }
        report.note("load average at the end: " + Machine.loadavg() + ".");
        String md = report.markdown(o, runId);
        Files.writeString(runDir.resolve("latest.md"), md);
        Path latest = Path.of("bench", "results", "latest.md");
        Files.createDirectories(latest.getParent());
        Files.writeString(latest, md);
        System.out.println();
        System.out.println(report.table());
        log("written " + latest + " (and " + runDir.resolve("latest.md") + ")");
    }

    /**
     * Scenario 6's start-up row. One start is one sample, and a sample on a shared machine moves by a tenth or more
     * (findings AP), so the row compares medians: o.startups starts of each, alternating between the empty WAR and
     * Provisio, each of Provisio's on a fresh database, so that what the machine does meanwhile weighs on both sides.
     * The first empty-WAR start of the run also gives the RSS baseline.
     */
    void startups(String kind, Path dir, Map<String, String> provisioEnv, List<String> jvm) throws Exception {
        List<Long> bare = new ArrayList<>();
        List<Long> provisio = new ArrayList<>();
        List<StartPhases> barePhases = new ArrayList<>();
        List<StartPhases> provisioPhases = new ArrayList<>();
        for (int i = 1; i <= o.startups; i++) {
            bare.add(bareStart(barePhases));
            Path startDir = dir.resolve("start-" + i);
            Db fresh = "postgres".equals(kind)
                    ? Db.postgres(o.pgUrl, o.pgUser, o.pgPassword, "provisio_bench_" + runId + "_start" + i)
                    : Db.h2(startDir.resolve("db").resolve("provisio"), "h2-" + runId);
            try {
                Map<String, String> env = new HashMap<>(provisioEnv);
                env.putAll(fresh.environment());
                log(kind + ": start-up sample " + i + " of " + o.startups + " (fresh database)");
                try (Server s = startProvisio(startDir, env, jvm)) {
                    provisio.add(s.startupMillis);
                    s.phases().ifPresent(provisioPhases::add);
                }
            } finally {
                fresh.drop();
            }
        }
        long p = medianMillis(provisio);
        long b = medianMillis(bare);
        report.add("6 startup", kind, "time to first healthy answer, median of " + o.startups + " (ms)", p, b,
                "<= 2.0x bare", ratioVerdictMax(p, b, 2.0));
        report.note(kind + ": start-up, " + o.startups + " starts each, alternating with the empty WAR, each of Provisio's"
                + " on a fresh database (ms): Provisio " + provisio + "; the empty WAR " + bare + ".");
        if (provisioPhases.size() == o.startups && barePhases.size() == o.startups) {
            report.note(kind + ": where the starts went, each phase's median from Payara's own log (ms): Provisio "
                    + StartPhases.medians(provisioPhases) + "; the empty WAR " + StartPhases.medians(barePhases) + ".");
        } else {
            report.note(kind + ": no start-up phases: Payara's log lacked its start-up, deployment or ready line in "
                    + (o.startups - provisioPhases.size()) + " of Provisio's and " + (o.startups - barePhases.size())
                    + " of the empty WAR's starts.");
        }
    }

    /** Provisio's WAR on Payara Micro in dir, ready once /health/ready answers. */
    static Server startProvisio(Path dir, Map<String, String> env, List<String> jvm) throws IOException {
        return Server.start(MICRO_JAR, PROVISIO_WAR, dir, env, jvm, "/health/ready", Duration.ofMinutes(4));
    }

    /** One start of Payara Micro with an empty WAR (one static page), timed to its first answer; adds its phases to phases. */
    long bareStart(List<StartPhases> phases) throws IOException {
        Path dir = runDir.resolve("bare");
        Files.createDirectories(dir);
        Path war = dir.resolve("bare.war");
        if (!Files.exists(war)) {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
                zip.putNextEntry(new ZipEntry("index.html"));
                zip.write("<html><body>ok</body></html>".getBytes());
                zip.closeEntry();
            }
        }
        log("starting Payara Micro with an empty WAR (start-up and RSS baseline)");
        try (Server s = Server.start(MICRO_JAR, war, dir, Map.of(),
                List.of("-Xmx" + o.heap), "/index.html", Duration.ofMinutes(4))) {
            if (bareRssKb < 0) {
                Server.sleep(5000);
                bareRssKb = s.rssKb();
                log("bare: idle RSS " + bareRssKb / 1024 + " MiB");
            }
            log("bare: startup " + s.startupMillis + " ms");
            s.phases().ifPresent(phases::add);
            return s.startupMillis;
        }
    }

    void runOn(String kind, int users, boolean profile) throws Exception {
        Path dir = runDir.resolve(kind);
        Db db = "postgres".equals(kind)
                ? Db.postgres(o.pgUrl, o.pgUser, o.pgPassword, "provisio_bench_" + runId)
                : Db.h2(dir.resolve("db").resolve("provisio"), "h2-" + runId);
        List<String> autovacuumNotes = new ArrayList<>();
        String autovacuumWas = db.autovacuumOnForTheRun(autovacuumNotes);
        autovacuumNotes.forEach(n -> report.note(kind + ": " + n + "."));
        Thread restore = new Thread(() -> db.restoreAutovacuum(autovacuumWas), "restore-autovacuum");
        Runtime.getRuntime().addShutdownHook(restore);
        String admin = "bench-" + UUID.randomUUID();
        Map<String, String> env = new HashMap<>(db.environment());
        env.put("SCIM_ADMIN_PASSWORD", admin);
        List<String> jvm = List.of("-Xmx" + o.heap);
        figures = new Figures();
        startups(kind, dir, Map.of("SCIM_ADMIN_PASSWORD", admin), jvm);
        log(kind + ": starting Provisio");
        try (Server server = startProvisio(dir, env, jvm)) {
            report.note(kind + ": the start that serves the scenarios below took " + server.startupMillis + " ms.");
            Server.sleep(5000);
            long idleRss = server.rssKb();
            report.add("6 RSS idle", kind, "VmRSS at idle (MiB)", idleRss / 1024, bareRssKb / 1024,
                    "<= 2.0x bare", ratioVerdictMax(idleRss, bareRssKb, 2.0));
            Http adminHttp = new Http(server.base).basic("admin", admin);
            String token = adminHttp.post("/api/admin/tokens", "{\"idp\":\"OKTA\"}").expect(201).field("token");
            Http scim = new Http(server.base).bearer(token);

            if (profile) {
                primeFlightRecorder(server);
            }
            long t0 = System.nanoTime();
            db.bulkUsers("bulk", 0, users, 1000);
            double loadS = (System.nanoTime() - t0) / 1e9;
            report.note(kind + ": bulk-loaded " + users + " users (+1 email each) by JDBC batches in "
                    + String.format("%.1f s (%.0f rows/s)", loadS, users / loadS) + ".");
            log(kind + ": bulk-loaded " + users + " users in " + String.format("%.1f s", loadS));

            long loadRss = write(kind, server, scim, db, idleRss);
            if (profile) {
                profilePosts(kind, server, scim);
            }
            report.add("6 RSS load", kind, "max VmRSS during 8-client POSTs (MiB)", loadRss / 1024, idleRss / 1024,
                    "<= 2.0x idle", ratioVerdictMax(loadRss, idleRss, 2.0));
            report.note(kind + ": autovacuum " + db.autovacuum() + "; the bench also runs VACUUM ANALYZE and CHECKPOINT"
                    + " itself (H2: ANALYZE) after the bulk load, after the POST scenarios and after the sync cycle,"
                    + " before the reads that follow (Db.maintain), so that no scenario starts on what the last one left.");
            db.maintain();
            lookup(kind, scim, db, users);
            String groupId = createGroup(scim, "bench-sync-" + runId);
            try (Server minimal = startMinimalApp(kind, db, token, groupId)) {
                Http minimalHttp = minimal == null ? null : new Http(minimal.base).bearer(token);
                try {
                    sync(kind, scim, db, groupId, minimalHttp);
                    if (minimalHttp != null) {
                        minimalApp(kind, minimalHttp, users);
                    }
                } finally {
                    if (minimal != null) {
                        int removed = db.update("DELETE FROM scim_user WHERE user_name_lower LIKE '" + minimalUsers + "%'");
                        log(kind + ": removed the minimal app's " + removed + " users");
                    }
                }
            }
            db.maintain();
            bigGroup(kind, scim, db, groupId != null, users);
            paging(kind, server, scim, db);
            if (db.isPostgres()) {
                report.explain = Explain.plans(db, users);
            }
        } finally {
            db.drop();
            db.restoreAutovacuum(autovacuumWas);
            Runtime.getRuntime().removeShutdownHook(restore);
        }
    }

    // ---------------------------------------------------------------- 1: write efficiency

    static String userJson(String local) {
        return "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + local + "@example.com\",\"externalId\":\"ext-"
                + local + "\",\"displayName\":\"Bench " + local + "\",\"name\":{\"givenName\":\"Bench\",\"familyName\":\""
                + local + "\"},\"emails\":[{\"value\":\"" + local + "@example.com\",\"type\":\"work\",\"primary\":true}],"
                + "\"active\":true}";
    }

    long write(String kind, Server server, Http scim, Db db, long idleRss) throws Exception {
        String p = "p" + runId.substring(0, 4);
        String driver = useWrk ? "wrk, 8 connections" : "Apache HttpClient, 8 threads";
        log(kind + ": warm-up until the POST rate levels off (" + driver + ")");
        Load.WarmUp warm = useWrk
                ? o.warmUp((length, offset) -> wrkRate(scim, "post", length, p + "w" + offset / 1_000_000_000L))
                : o.warmUp(k -> scim.post("/scim/v2/Users", userJson(p + "w" + k)).expect(201));
        Load.WarmUp jdbcWarm;
        try (Db.Clients c = db.clients()) {
            jdbcWarm = o.warmUp(k -> c.get().insert("jw" + k));
        }
        log(kind + ": POST warm-up " + warm.trace() + "; JDBC " + jdbcWarm.trace());
        report.add("1 write", kind, "POST /Users per s in the first warm-up window (cold JVM) vs after warm-up",
                warm.first(), warm.last(), "info", "info");
        report.note(kind + ": warm-up, closed-loop rate per window: POST /Users (" + driver + ") " + warm.trace()
                + "; JDBC insert " + jdbcWarm.trace() + ". Every measured row below comes after it.");
        AtomicLong maxRss = new AtomicLong(idleRss);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            for (int i = 0; i < 7200 && sampling.get(); i++) {
                maxRss.accumulateAndGet(server.rssKb(), Math::max);
                Server.sleep(250);
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Duration window = o.window(30);
        log(kind + ": POST /Users for " + window.toSeconds() + " s (" + driver + ")");
        double provisioRate;
        long provisioOps;
        if (useWrk) {
            Wrk.Result r = wrk(scim, "post", window, p + "s");
            wrkErrors(kind, "POST saturate", r);
            provisioRate = r.unitRate();
            provisioOps = r.units();
        } else {
            Load.Result r = Load.saturate(o.clients, Long.MAX_VALUE, window,
                    k -> scim.post("/scim/v2/Users", userJson(p + "s" + k)).expect(201));
            errors(kind, "POST saturate", r);
            provisioRate = r.rate();
            provisioOps = r.ops();
        }
        sampling.set(false);
        Load.Result jdbc;
        log(kind + ": JDBC inserts for " + window.toSeconds() + " s at " + o.clients + " threads");
        try (Db.Clients c = db.clients()) {
            jdbc = Load.saturate(o.clients, Long.MAX_VALUE, window, k -> c.get().insert("js" + k));
        }
        report.add("1 write", kind, "POST /Users per s (" + driver + ", " + provisioOps + " users in " + window.toSeconds()
                        + " s) vs JDBC inserts (8 threads, " + jdbc.ops() + " rows)",
                provisioRate, jdbc.rate(), ">= 50 % (stretch 70 %)", ratioVerdictMin(provisioRate, jdbc.rate(), 0.5, 0.7));
        figures.postRate = provisioRate;
        figures.jdbcInsertRate = jdbc.rate();
        errors(kind, "JDBC insert saturate", jdbc);
        double rate = Math.max(5, provisioRate * 0.5);
        log(kind + String.format(": fixed rate %.0f/s for latency", rate));
        Load.Result pl = Load.fixedRate(o.clients, rate, Long.MAX_VALUE, o.window(30),
                k -> scim.post("/scim/v2/Users", userJson(p + "r" + k)).expect(201));
        Load.Result jl;
        try (Db.Clients c = db.clients()) {
            jl = Load.fixedRate(o.clients, rate, Long.MAX_VALUE, o.window(30), k -> c.get().insert("jr" + k));
        }
        String at = String.format(" at %.0f/s (50 %% of Provisio's max)", rate);
        report.add("1 write", kind, "POST p50 ms" + at, pl.ms(50), jl.ms(50), "info", "info");
        report.add("1 write", kind, "POST p99 ms" + at, pl.ms(99), jl.ms(99), "info", "info");
        errors(kind, "POST fixed rate", pl);
        int removed = db.update("DELETE FROM scim_user WHERE user_name_lower LIKE 'j%'");
        report.note(kind + ": the JDBC baseline wrote into the same tables (same indexes, same size); its "
                + removed + " rows were deleted afterwards. Provisio's POST also writes an audit_event row and"
                + " reads the custom attribute definitions; the baseline does neither.");
        return maxRss.get();
    }

    /**
     * Starts and stops one empty recording before the warm-up, so that the profiled window below is not the first
     * recording of the server's life. The first one instruments the JDK's own classes and throws away the compiled
     * code that depends on them; by hand on H2, a 60 s POST window under the first recording ran at 0.20 of the
     * window before it, the window after it at 0.48 while the JIT compiled again, and a second recording at 0.85
     * (findings AS). Done here, the JIT has recompiled before the warm-up ends; the rows measured afterwards run with
     * the instrumentation present and switched off.
     */
    void primeFlightRecorder(Server server) {
        server.jcmd("JFR.start", "name=bench-prime", "settings=profile");
        server.jcmd("JFR.stop", "name=bench-prime");
    }

    void profilePosts(String kind, Server server, Http scim) throws IOException {
        Path jfr = runDir.resolve(kind + "-post.jfr");
        log(kind + ": JFR-profiled POST window");
        server.jcmd("JFR.start", "name=bench-post", "settings=profile");
        String p = "f" + runId.substring(0, 4);
        Thread dumper = new Thread(() -> {
            Server.sleep(o.window(30).toMillis() / 2);
            try {
                Files.writeString(runDir.resolve(kind + "-post-threads.txt"), server.jcmd("Thread.print"));
            } catch (IOException e) {
                // evidence only
            }
        }, "thread-dump");
        dumper.setDaemon(true);
        dumper.start();
        Load.Result r = Load.saturate(o.clients, o.posts, o.window(30),
                k -> scim.post("/scim/v2/Users", userJson(p + k)).expect(201));
        server.jcmd("JFR.stop", "name=bench-post", "filename=" + jfr);
        if (Files.exists(jfr)) {
            report.jfr = "Recorded on " + kind + " with `jcmd <pid> JFR.start settings=profile` around "
                    + r.ops() + " POSTs at 8 clients (" + String.format("%.0f/s under the profiler", r.rate())
                    + "), not counted in row 1. Recording: `" + Path.of("").toAbsolutePath().relativize(jfr) + "`.\n\n"
                    + JfrSummary.summarise(jfr, 15);
        }
    }

    // ---------------------------------------------------------------- 2: lookup

    /** Provisio's and the JDBC baseline's latencies, both at the same fixed rate. */
    record Latencies(double rate, Load.Result provisio, Load.Result jdbc) {
    }

    /**
     * A closed-loop warm-up (wrk's script with scriptArg, or provisio without wrk) finds Provisio's
     * warm capacity; both sides are then measured at half of it, at most 100/s.
     */
    Latencies latencies(String kind, String what, Http scim, Db db, Load.Op provisio, String script, String scriptArg,
                        Function<Db.Clients, Load.Op> jdbc) throws Exception {
        Load.WarmUp warm = useWrk
                ? o.warmUp((length, offset) -> wrkRate(scim, script, length, scriptArg))
                : o.warmUp(provisio);
        report.note(kind + ": warm-up of " + what + ", closed-loop rate per window: " + warm.trace() + ".");
        double rate = Math.max(5, Math.min(100, warm.last() / 2));
        Load.Result measured = fixedRateAfterWarmUp(rate, provisio);
        try (Db.Clients c = db.clients()) {
            return new Latencies(rate, measured, fixedRateAfterWarmUp(rate, jdbc.apply(c)));
        }
    }

    /**
     * 300 discarded requests at the rate warm this JVM's client up; then the measured window, at
     * most rate x window requests.
     */
    Load.Result fixedRateAfterWarmUp(double rate, Load.Op op) {
        Duration window = o.window(30);
        Load.fixedRate(o.clients, rate, 300, Duration.ofSeconds(30), op);
        return Load.fixedRate(o.clients, rate, (long) (rate * window.toSeconds()), window, op);
    }

    /** The look-up of a random bulk-loaded user by {@code userName eq}: exactly one must match. */
    static Load.Op lookUpBulkUser(Http scim, int users) {
        return k -> {
            String name = "bulk" + ThreadLocalRandom.current().nextInt(users) + "@example.com";
            Http.Response r = scim.get("/scim/v2/Users?filter=" + Http.encode("userName eq \"" + name + "\"")).expect(200);
            if (r.number("totalResults") != 1) {
                throw new IllegalStateException("expected one user for " + name + ": " + r.body());
            }
        };
    }

    void lookup(String kind, Http scim, Db db, int users) throws Exception {
        Load.Op provisio = lookUpBulkUser(scim, users);
        log(kind + ": lookups");
        Latencies lookups = latencies(kind, "the look-up", scim, db, provisio, "lookup", String.valueOf(users),
                c -> k -> {
                    if (!c.get().lookup("bulk" + ThreadLocalRandom.current().nextInt(users) + "@example.com")) {
                        throw new IllegalStateException("not found");
                    }
                });
        Load.Result pr = lookups.provisio();
        Load.Result jr = lookups.jdbc();
        String at = String.format(" at %.0f/s (half the capacity, at most 100/s), N=%d", lookups.rate(), users);
        report.add("2 lookup", kind, "filter userName eq: p50 ms" + at, pr.ms(50), jr.ms(50), "info", "info");
        report.add("2 lookup", kind, "filter userName eq: p99 ms" + at, pr.ms(99), jr.ms(99), "p99 diff <= 3 ms",
                diffVerdict(pr.ms(99), jr.ms(99), 3.0));
        figures.lookupRate = lookups.rate();
        figures.lookupP99 = pr.ms(99);
        figures.rawLookupP99 = jr.ms(99);
        errors(kind, "lookup", pr);

        List<String> ids = db.strings("SELECT id FROM scim_user ORDER BY id LIMIT 5000");
        Load.Op byId = k -> scim.get("/scim/v2/Users/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))).expect(200);
        Path idFile = runDir.resolve(kind + "-user-ids.txt");
        Files.write(idFile, ids);
        Latencies byIds = latencies(kind, "GET /Users/{id}", scim, db, byId, "byid", idFile.toAbsolutePath().toString(),
                c -> k -> c.get().byId(ids.get(ThreadLocalRandom.current().nextInt(ids.size()))));
        Load.Result pi = byIds.provisio();
        Load.Result ji = byIds.jdbc();
        report.add("2 lookup", kind, String.format("GET /Users/{id}: p99 ms at %.0f/s", byIds.rate()), pi.ms(99), ji.ms(99),
                "p99 diff <= 3 ms", diffVerdict(pi.ms(99), ji.ms(99), 3.0));
        errors(kind, "get by id", pi);

        // the floor under both rows: a request at the same rate that runs the container, the token
        // filter and Jersey but no database (findings.md, O), after a closed-loop warm-up of its own
        Load.Op floor = k -> scim.get("/scim/v2/ServiceProviderConfig").expect(200);
        Load.saturate(o.clients, 20_000, Duration.ofSeconds(20), floor);
        Load.Result fl = fixedRateAfterWarmUp(lookups.rate(), floor);
        String floorAt = String.format(" at %.0f/s", lookups.rate());
        report.add("2 lookup", kind, "floor, GET /ServiceProviderConfig (no database): p50 ms" + floorAt, fl.ms(50),
                Double.NaN, "info", "info");
        report.add("2 lookup", kind, "floor, GET /ServiceProviderConfig (no database): p99 ms" + floorAt, fl.ms(99),
                Double.NaN, "info", "info");
        errors(kind, "service provider config", fl);

        if (db.isPostgres()) {
            int n = 200;
            report.statements.add(statements(db, "GET /Users?filter=userName eq", n, () -> {
                for (int i = 0; i < n; i++) {
                    provisio.run(i);
                }
            }));
            report.statements.add(statements(db, "GET /Users/{id}", n, () -> {
                for (int i = 0; i < n; i++) {
                    byId.run(i);
                }
            }));
            report.statements.add(statements(db, "GET /Users?startIndex=1&count=100", 20, () -> {
                for (int i = 0; i < 20; i++) {
                    scim.get("/scim/v2/Users?startIndex=1&count=100").expect(200);
                }
            }));
            report.statements.add(statements(db, "POST /Users", n, () -> {
                for (int i = 0; i < n; i++) {
                    scim.post("/scim/v2/Users", userJson("st" + runId.substring(0, 4) + i)).expect(201);
                }
            }));
        }
    }

    interface Block {
        void run() throws Exception;
    }

    /** PostgreSQL's table scan counters and commits, per request, over n sequential requests. */
    static String statements(Db db, String what, int n, Block block) throws Exception {
        // PostgreSQL 15 backends publish their statistics when idle, at the latest after 10 s:
        // settle before and after, or the deltas are smeared across neighbouring steps
        Server.sleep(11_000);
        Map<String, Long> before = db.pgCounters();
        block.run();
        Server.sleep(11_000);
        Map<String, Long> after = db.pgCounters();
        StringBuilder out = new StringBuilder("| " + what + " (" + n + " requests) |");
        List<String> parts = new ArrayList<>();
        after.forEach((k, v) -> {
            double d = (v - before.getOrDefault(k, 0L)) / (double) n;
            if (d >= 0.05) {
                parts.add(String.format("%s %.2f", k, d));
            }
        });
        return out.append(" ").append(String.join(", ", parts)).append(" |").toString();
    }

    // ---------------------------------------------------------------- 3: sync cycle

    String createGroup(Http scim, String name) throws Exception {
        Http.Response r = scim.post("/scim/v2/Groups", "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + name + "\"}");
        if (r.status() == 404) {
            return null;
        }
        return r.expect(201).field("id");
    }

    static String addMember(String userId) {
        return "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\""
                + userId + "\"}]}]}";
    }

    static String removeMember(String userId) {
        return "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"Remove\",\"path\":\"members[value eq \\\""
                + userId + "\\\"]\"}]}";
    }

    /**
     * Row 3. Provisio, JDBC and (on PostgreSQL, when it is up) the minimal app each warm up, then share the measured
     * time in rounds of one slice each, in an order that rotates from round to round, so that each side runs
     * first, in the middle and last once: the database drifts under this load (findings AH), and a short slice after
     * the other sides' load runs below the side's own warm-up plateau, so every side is measured in the same kind of
     * slice (findings AQ: measured so, Provisio against the minimal app went from 0.70 to 0.80).
     */
    void sync(String kind, Http scim, Db db, String groupId, Http minimal) throws Exception {
        String p = "y" + runId.substring(0, 4);
        java.util.function.Function<String, Load.Op> cycle = prefix -> k -> {
            String local = prefix + k;
            Http.Response miss = scim.get("/scim/v2/Users?filter="
                    + Http.encode("userName eq \"" + local + "@example.com\"")).expect(200);
            if (miss.number("totalResults") != 0) {
                throw new IllegalStateException("expected no user: " + miss.body());
            }
            String id = scim.post("/scim/v2/Users", userJson(local)).expect(201).field("id");
            if (groupId != null) {
                scim.patch("/scim/v2/Groups/" + groupId, addMember(id)).expect(200, 204);
            }
        };
        boolean viaWrk = useWrk && groupId != null;
        log(kind + ": sync cycle warm-up" + (viaWrk ? " (wrk)" : ""));
        Load.WarmUp warm = viaWrk
                ? o.warmUp((length, offset) -> wrkRate(scim, "sync", length, p + "w" + offset / 1_000_000_000L, groupId))
                : o.warmUp(cycle.apply(p + "w"));
        // Both sides run on one database whose state drifts under this load at 1,000,000 users (the
        // rate falls window after window; findings AH): one window of Provisio and then one of
        // JDBC would compare two points of that drift. So each side warms up, then the measured
        // time is split into rounds that alternate the two, and each rate is its units over its time.
        Load.WarmUp minimalWarm = minimal == null ? null
                : o.warmUp((length, offset) -> wrkRate(minimal, "sync", length, minimalUsers + "y" + offset / 1_000_000_000L, groupId));
        Duration window = o.window(30);
        int rounds = 3;
        Duration slice = window.dividedBy(rounds);
        List<String> trace = new ArrayList<>();
        SyncSide provisioSide = new SyncSide("Provisio", (round, length) -> viaWrk
                ? wrkSlice(kind, "sync", scim, length, p + "r" + round, groupId)
                : loadSlice(kind, "sync", length, cycle.apply(p + "r" + round + "k")));
        SyncSide minimalSide = minimal == null ? null : new SyncSide("the minimal app", (round, length) ->
                wrkSlice(kind, "minimal app sync", minimal, length, minimalUsers + "z" + round, groupId));
        SyncSide jdbcSide;
        try (Db.Clients c = db.clients()) {
            java.util.function.Function<String, Load.Op> base = prefix -> k -> {
                if (c.get().lookup(prefix + k + "@example.com")) {
                    throw new IllegalStateException("expected a miss");
                }
                String id = c.get().insert(prefix + k);
                if (groupId != null) {
                    c.get().join(groupId, id);
                }
            };
            Load.WarmUp jdbcWarm = o.warmUp(base.apply("jyw"));
            report.note(kind + ": warm-up of the sync cycle, closed-loop users/s per window: " + warm.trace()
                    + "; JDBC " + jdbcWarm.trace() + (minimalWarm == null ? "" : "; the minimal app " + minimalWarm.trace()) + ".");
            jdbcSide = new SyncSide("JDBC", (round, length) ->
                    loadSlice(kind, "sync (JDBC)", length, base.apply("jy" + round + "k")));
            List<SyncSide> sides = minimalSide == null ? List.of(provisioSide, jdbcSide)
                    : List.of(provisioSide, minimalSide, jdbcSide);
            log(kind + ": sync cycle, " + rounds + " rounds of " + slice.toSeconds() + " s each, "
                    + String.join(", ", sides.stream().map(SyncSide::name).toList()) + " in turn, the order rotating");
            for (int round = 1; round <= rounds; round++) {
                List<String> line = new ArrayList<>();
                for (SyncSide side : rotated(sides, round - 1)) {
                    line.add(String.format("%s %.0f", side.name(), side.slice(round, slice)));
                }
                trace.add("round " + round + ": " + String.join(", ", line));
            }
        }
        double provisioRate = provisioSide.rate();
        double jdbcRate = jdbcSide.rate();
        report.note(kind + ": the sync row's rounds, users/s, in the order run: " + String.join("; ", trace) + ".");
        db.update("DELETE FROM scim_user WHERE user_name_lower LIKE 'j%'");
        String steps = groupId == null ? "lookup miss + POST; group step skipped: /Groups not available"
                : "lookup miss + POST + group PATCH add; JDBC: the miss, the insert, the membership and version bump";
        report.add("3 sync", kind, "users/s end to end, 8 " + (viaWrk ? "wrk connections" : "clients") + " (" + steps + ")",
                provisioRate, jdbcRate, ">= 50 % of JDBC", ratioVerdictMin(provisioRate, jdbcRate, 0.5, 0.5));
        figures.syncRate = provisioRate;
        figures.jdbcSyncRate = jdbcRate;
        if (minimalSide != null) {
            double minimalRate = minimalSide.rate();
            report.add("3 sync", kind, "the minimal app (bench/minimal): sync users/s in the same rounds vs the JDBC cycle above",
                    minimalRate, jdbcRate, "info", "info");
            report.add("3 sync", kind, "Provisio's sync users/s above vs the minimal app's, in the same rounds", provisioRate,
                    minimalRate, "info", "info");
        }
    }

    /** What one slice of a sync round did: its users (cycles) and the seconds it took. */
    record Slice(double units, double seconds) {
    }

    /** One slice of the sync script under wrk against http, its errors checked as what. */
    Slice wrkSlice(String kind, String what, Http http, Duration length, String prefix, String groupId) throws Exception {
        Wrk.Result r = wrk(http, "sync", length, prefix, groupId);
        wrkErrors(kind, what, r);
        return new Slice(r.units(), r.seconds());
    }

    /** One slice of op on the bench's own client threads (closed loop), its errors checked as what. */
    Slice loadSlice(String kind, String what, Duration length, Load.Op op) throws Exception {
        Load.Result r = Load.saturate(o.clients, Long.MAX_VALUE, length, op);
        errors(kind, what, r);
        return new Slice(r.ops(), r.seconds());
    }

    /** How one side of the sync rounds runs its slice of round n for the given length. */
    @FunctionalInterface
    interface SliceRun {
        Slice run(int round, Duration length) throws Exception;
    }

    /** One side of the sync row's rounds: its name, how it runs a slice, and what its slices have done so far. */
    static final class SyncSide {
        private final String name;
        private final SliceRun run;
        private double units;
        private double seconds;

        SyncSide(String name, SliceRun run) {
            this.name = name;
            this.run = run;
        }

        String name() {
            return name;
        }

        /** Runs this side's slice of the round and returns its users per second in that slice alone. */
        double slice(int round, Duration length) throws Exception {
            Slice s = run.run(round, length);
            units += s.units();
            seconds += s.seconds();
            return s.units() / s.seconds();
        }

        /** Users per second over all its slices so far: every unit over all the time, not the mean of the slices' rates. */
        double rate() {
            return units / seconds;
        }
    }

    /** The list turned left by n places: the order of round n+1 when each side takes its turn first once. */
    static <T> List<T> rotated(List<T> list, int n) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.rotate(out, -(n % Math.max(1, list.size())));
        return out;
    }

    // ---------------------------------------------------------------- the minimal app

    /**
     * Starts the minimal app (bench/minimal: the least a Jakarta EE application on this stack does for rows 1-3 —
     * JAX-RS, CDI, a JTA transaction and JPA writing the same rows into the same tables, no Provisio code) on this
     * database beside Provisio's server, or returns null with a note saying why there are no minimal-app rows.
     */
    Server startMinimalApp(String kind, Db db, String token, String groupId) throws IOException {
        Path war = Path.of("bench", "minimal", "target", "minimal.war").toAbsolutePath();
        if (!db.isPostgres() || !useWrk || groupId == null || !Files.exists(war)) {
            report.note(kind + ": no minimal-app rows (" + (!db.isPostgres() ? "the minimal app connects to PostgreSQL only"
                    : !useWrk ? "they need wrk" : groupId == null ? "/Groups not available"
                    : "bench/minimal/target/minimal.war not built; bench/run.sh builds it") + ").");
            return null;
        }
        Map<String, String> dbEnv = db.environment();
        Map<String, String> env = Map.of("MINIMAL_DB_URL", dbEnv.get("SCIM_DB_URL"), "MINIMAL_DB_USER", dbEnv.get("SCIM_DB_USER"),
                "MINIMAL_DB_PASSWORD", dbEnv.get("SCIM_DB_PASSWORD"), "MINIMAL_TOKEN", token);
        log(kind + ": starting the minimal app (bench/minimal)");
        return Server.start(MICRO_JAR, war,
                runDir.resolve(kind + "-minimal"), env, List.of("-Xmx" + o.heap), "/index.html", Duration.ofMinutes(4));
    }

    /**
     * The minimal app's rows 1 and 2, measured as Provisio's were, right after the sync rounds (which measured its
     * row 3 beside Provisio's), on the same database; Provisio's server stays up, idle. Info rows: they tell how
     * much of each miss is Provisio's and how much the stack's.
     */
    void minimalApp(String kind, Http http, int users) throws Exception {
        Duration window = o.window(30);
        Load.WarmUp postWarm = o.warmUp((length, offset) -> wrkRate(http, "post", length,
                minimalUsers + "w" + offset / 1_000_000_000L));
        Wrk.Result posts = wrk(http, "post", window, minimalUsers + "s");
        wrkErrors(kind, "minimal app POST", posts);
        report.add("1 write", kind, "the minimal app (bench/minimal): POST /Users per s vs the JDBC inserts above",
                posts.unitRate(), figures.jdbcInsertRate, "info", "info");
        report.add("1 write", kind, "Provisio's POST /Users per s above vs the minimal app's", figures.postRate,
                posts.unitRate(), "info", "info");

        Load.Op lookup = lookUpBulkUser(http, users);
        Load.WarmUp lookupWarm = o.warmUp((length, offset) -> wrkRate(http, "lookup", length, String.valueOf(users)));
        Load.Result looks = fixedRateAfterWarmUp(figures.lookupRate, lookup);
        errors(kind, "minimal app lookup", looks);
        String at = String.format(" at %.0f/s, as above", figures.lookupRate);
        report.add("2 lookup", kind, "the minimal app (bench/minimal): filter userName eq p99 ms" + at
                + " vs the raw query's", looks.ms(99), figures.rawLookupP99, "info", "info");
        report.add("2 lookup", kind, "Provisio's look-up p99 ms above vs the minimal app's", figures.lookupP99,
                looks.ms(99), "info", "info");
        report.note(kind + ": the minimal app (bench/minimal), warm-up per window: POST " + postWarm.trace()
                + "; look-up " + lookupWarm.trace() + ". Provisio's server stayed up, idle.");
    }

    // ---------------------------------------------------------------- 4: big group

    void bigGroup(String kind, Http scim, Db db, boolean groupsAvailable, int users) throws Exception {
        if (!groupsAvailable) {
            report.add("4 big group", kind, "PATCH add/remove one member at 10 / 10,000 / 100,000", "-", "-",
                    "<= 2x of size 10", "skipped: /Groups not available");
            return;
        }
        int[] sizes = {10, 10_000, 100_000};
        List<String> ids = db.strings("SELECT id FROM scim_user WHERE user_name_lower LIKE 'bulk%' ORDER BY id LIMIT "
                + (Math.min(users, 100_000) + 100));
        List<String> extras = ids.subList(ids.size() - 50, ids.size());
        int reps = o.quick ? 10 : 30;
        double small = Double.NaN;
        // the sync cycle warmed up the add; warm up the remove too, or the first size measures the compiler
        String warmGroup = createGroup(scim, "bench-big-warm-" + runId);
        GroupMembers.load(db, warmGroup, ids.subList(0, 10));
        for (int i = 0; i < 20 * reps; i++) {
            String uid = extras.get(i % extras.size());
            scim.patch("/scim/v2/Groups/" + warmGroup, addMember(uid)).expect(200, 204);
            scim.patch("/scim/v2/Groups/" + warmGroup, removeMember(uid)).expect(200, 204);
        }
        for (int size : sizes) {
            int actual = Math.min(size, ids.size() - 100);
            String gid = createGroup(scim, "bench-big-" + size + "-" + runId);
            GroupMembers.load(db, gid, ids.subList(0, actual));
            Load.Result add = null;
            Load.Result remove;
            List<Double> addMs = new ArrayList<>();
            List<Double> removeMs = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                String uid = extras.get(i % extras.size());
                long t = System.nanoTime();
                scim.patch("/scim/v2/Groups/" + gid, addMember(uid)).expect(200, 204);
                addMs.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                scim.patch("/scim/v2/Groups/" + gid, removeMember(uid)).expect(200, 204);
                removeMs.add((System.nanoTime() - t) / 1e6);
            }
            double a = median(addMs);
            double r = median(removeMs);
            if (size == 10) {
                small = a + r;
                report.add("4 big group", kind, "PATCH add+remove p50 ms, " + actual + " members", a + r, a + r,
                        "baseline", "-");
            } else {
                report.add("4 big group", kind, "PATCH add+remove p50 ms, " + actual + " members"
                                + (actual < size ? " (capped at the users loaded)" : ""), a + r, small,
                        "<= 2x of size 10", ratioVerdictMax(a + r, small, 2.0));
            }
        }
    }

    /** The median of whole milliseconds, rounded to a whole millisecond. */
    static long medianMillis(List<Long> millis) {
        return Math.round(median(millis.stream().map(Long::doubleValue).toList()));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // ---------------------------------------------------------------- 5: paging and heap

    /**
     * Lists every user twice (by startIndex in order, for the heap row; then by nextCursor, keeping
     * the cursors of the pages at 50 % and 90 %), then times single pages: startIndex 1, the
     * startIndex pages at 50 % and 90 % (each beside the database alone running the one statement
     * that depth changes, the page's ids by OFFSET), and the cursor pages at the same depths. Every timed page
     * comes after the two walks, so none of them is measured on a paging path the JIT has not
     * compiled yet (the first page was once measured before any other list request and looked
     * slower than the deep ones for it).
     */
    void paging(String kind, Server server, Http scim, Db db) throws Exception {
        long total = scim.get("/scim/v2/Users?count=0").expect(200).number("totalResults");
        int reps = o.quick ? 10 : 20;
        listByIndex(kind, server, scim, db, total);
        double[] depths = {0.5, 0.9};
        String[] cursors = listByCursor(kind, scim, total, depths);

        double first = p50(scim, "/scim/v2/Users?startIndex=1&count=100", reps);
        report.add("5 paging", kind, "page of 100 at startIndex 1, p50 ms (" + total + " users)", first, first,
                "baseline", "-");
        double rawFirst = db.pageIdsP50(0, reps);
        for (double depth : depths) {
            long start = (long) (total * depth);
            // not a start the in-order listing reached, or Provisio's in-order cursors would answer it
            start += start % 100 == 1 ? 1 : 0;
            double p50 = p50(scim, "/scim/v2/Users?startIndex=" + start + "&count=100", reps);
            report.add("5 paging", kind, String.format("page of 100 at %.0f %% (startIndex %d), p50 ms", depth * 100, start),
                    p50, first, "<= 2x of startIndex 1", ratioVerdictMax(p50, first, 2.0));
            // the database's own limit: what the depth costs the one statement that depends on it
            long offset = start - 1;
            double raw = db.pageIdsP50(offset, reps);
            report.add("5 paging", kind, String.format("the database alone: the page's ids by OFFSET %d vs OFFSET 0"
                    + " (JDBC, `%s`), p50 ms", offset, Db.PAGE_IDS), raw, rawFirst, "info", "info");
            // a ratio of two differences near zero means nothing (H2's counted B-tree skips to an offset)
            double added = raw - rawFirst;
            report.add("5 paging", kind, String.format("what %.0f %% adds to a page: Provisio (this page - startIndex 1)"
                    + " vs the database (OFFSET %d - OFFSET 0), ms", depth * 100, offset), p50 - first,
                    added >= 1.0 ? (Object) added : String.format("%.2f (no ratio under 1 ms)", added), "info", "info");
        }
        report.add("5 paging", kind, "page of 100 by cursor, first page (?cursor), p50 ms",
                p50(scim, "/scim/v2/Users?count=100&cursor=", reps), first, "info", "info");
        for (int d = 0; d < depths.length; d++) {
            if (cursors[d] == null) {
                report.note(kind + String.format(": the walk by cursor did not reach %.0f %% in time; no row for it.",
                        depths[d] * 100));
                continue;
            }
            double p50 = p50(scim, "/scim/v2/Users?count=100&cursor=" + Http.encode(cursors[d]), reps);
            report.add("5 paging", kind, String.format("page of 100 by cursor at %.0f %%, p50 ms", depths[d] * 100),
                    p50, first, "<= 2x of startIndex 1", ratioVerdictMax(p50, first, 2.0));
        }
    }

    /** Every user in pages of 100 by startIndex, in order (bounded in time): the heap row. */
    void listByIndex(String kind, Server server, Http scim, Db db, long total) throws Exception {
        // the class histogram counts the live objects at a full collection of its own; G1's "used", read a moment
        // later, also holds what the server allocated in between (on H2, its file's compaction: findings AW)
        HeapHistogram histogramBefore = histogram(server, kind + "-heap-before-listing.txt");
        long usedBefore = server.heapUsedKb();
        Optional<Db.H2Cache> cacheBefore = db.h2Cache();
        log(kind + ": listing all " + total + " users, count=100");
        long t0 = System.nanoTime();
        Duration limit = o.window(150);
        long pages = 0;
        long listed = 0;
        for (long s = 1; s <= total && pages < 20_000; s += 100) {
            if (System.nanoTime() - t0 > limit.toNanos()) {
                break;
            }
            scim.get("/scim/v2/Users?startIndex=" + s + "&count=100").expect(200);
            pages++;
            listed += Math.min(100, total - s + 1);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long usedBeforeCollection = server.heapUsedKb();
        HeapHistogram histogramAfter = histogram(server, kind + "-heap-after-listing.txt");
        long usedAfter = server.heapUsedKb();
        Optional<Db.H2Cache> cacheAfter = db.h2Cache();
        String listing = String.format("after listing %d of %d users in %d pages (%.0f s, %.1f pages/s) (MiB)",
                listed, total, pages, secs, pages / secs);
        if (!histogramBefore.isEmpty() && !histogramAfter.isEmpty()) {
            report.add("5 heap", kind, "live heap at a full GC (jcmd GC.class_histogram's total), " + listing,
                    Math.round(histogramAfter.totalMiB()), Math.round(histogramBefore.totalMiB()), "<= 1.5x before",
                    ratioVerdictMax(histogramAfter.totalBytes(), histogramBefore.totalBytes(), 1.5));
            report.note(kind + String.format(": the live objects by class (both histograms in the run's directory)"
                            + " %.0f MiB before the listing, %.0f MiB after it; what grew most: %s.", histogramBefore.totalMiB(),
                    histogramAfter.totalMiB(), histogramAfter.describeGrowthSince(histogramBefore, 3)));
        } else {
            report.add("5 heap", kind, "heap used (jcmd GC.heap_info; jcmd printed no class histogram, so no full GC"
                            + " ran before it), " + listing,
                    usedAfter / 1024, usedBefore / 1024, "<= 1.5x before", ratioVerdictMax(usedAfter, usedBefore, 1.5));
        }
        report.note(kind + String.format(": G1's heap used (jcmd GC.heap_info) a moment after each histogram"
                + " %d MiB before the listing and %d MiB after it, right after the listing (no GC) %d MiB; -Xmx%s.",
                usedBefore / 1024, usedAfter / 1024, usedBeforeCollection / 1024, o.heap));
        if (cacheBefore.isPresent() && cacheAfter.isPresent()) {
            report.note(kind + String.format(": H2's page cache, in the server's heap, held %d MiB before the listing"
                            + " and %d MiB after it (its limit %d MiB).", cacheBefore.get().usedMiB(),
                    cacheAfter.get().usedMiB(), cacheAfter.get().maxMiB()));
        }
    }

    /** The server's live objects by class, also kept in the run's directory under name (empty if jcmd printed none). */
    HeapHistogram histogram(Server server, String name) throws IOException {
        String printed = server.jcmd("GC.class_histogram");
        Files.writeString(runDir.resolve(name), printed);
        return HeapHistogram.parse(printed);
    }

    /**
     * Every user in pages of 100 by cursor (RFC 9865), following nextCursor (bounded in time);
     * returns the cursors of the first pages at or past each depth (null where the walk stopped
     * before it).
     */
    String[] listByCursor(String kind, Http scim, long total, double[] depths) throws Exception {
        log(kind + ": listing all " + total + " users by cursor, count=100");
        String[] cursors = new String[depths.length];
        Duration limit = o.window(150);
        long t0 = System.nanoTime();
        long pages = 0;
        long listed = 0;
        String cursor = "";
        while (cursor != null && System.nanoTime() - t0 <= limit.toNanos()) {
            for (int d = 0; d < depths.length; d++) {
                if (cursors[d] == null && !cursor.isEmpty() && listed >= (long) (total * depths[d])) {
                    cursors[d] = cursor;
                }
            }
            Http.Response page = scim.get("/scim/v2/Users?count=100&cursor=" + Http.encode(cursor)).expect(200);
            pages++;
            listed += page.number("itemsPerPage");
            cursor = page.field("nextCursor");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        report.note(kind + String.format(": listed %d of %d users by cursor in %d pages (%.0f s, %.1f pages/s)%s.",
                listed, total, pages, secs, pages / secs, cursor == null ? "" : ", stopped at the time limit"));
        return cursors;
    }

    /** The median of reps sequential GETs of path, after 3 unmeasured ones. */
    static double p50(Http scim, String path, int reps) throws Exception {
        return p50(reps, () -> scim.get(path).expect(200));
    }

    /** The median in ms of reps sequential runs of request, after 3 unmeasured ones. */
    static double p50(int reps, Block request) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < reps + 3; i++) {
            long t = System.nanoTime();
            request.run();
            if (i >= 3) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return median(ms);
    }

    // ---------------------------------------------------------------- helpers

    /** wrk runs script against Provisio with scim's token and then args, over o.clients connections. */
    Wrk.Result wrk(Http scim, String script, Duration length, String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 1];
        all[0] = scim.token();
        System.arraycopy(args, 0, all, 1, args.length);
        // the sync script chains three requests per user: one connection per wrk thread keeps them in order
        int threads = "sync".equals(script) ? o.clients : 2;
        return Wrk.run(scim.base(), script, threads, o.clients, length, runDir, all);
    }

    /** One wrk window (a warm-up's); errors fail the warm-up. Returns units per second. */
    double wrkRate(Http scim, String script, Duration length, String... args) throws Exception {
        Wrk.Result r = wrk(scim, script, length, args);
        if (r.errors() > 0) {
            throw new IllegalStateException(r.errors() + " errors in wrk " + script + "; first: " + r.firstError());
        }
        return r.unitRate();
    }

    void wrkErrors(String kind, String what, Wrk.Result r) {
        if (r.errors() > 0) {
            report.note(kind + ": " + what + ": " + r.errors() + " errors of " + r.requests() + " requests; first: "
                    + r.firstError());
        }
    }

    void errors(String kind, String what, Load.Result r) {
        if (r.errors() > 0) {
            report.note(kind + ": " + what + ": " + r.errors() + " errors, first: " + r.firstError());
        }
    }

    static String ratioVerdictMin(double value, double base, double target, double stretch) {
        if (!(base > 0)) {
            return "n/a";
        }
        double ratio = value / base;
        return ratio >= stretch ? "pass" + (stretch > target ? " (stretch)" : "") : ratio >= target ? "pass" : "miss";
    }

    static String ratioVerdictMax(double value, double base, double max) {
        if (!(base > 0) || value < 0) {
            return "n/a";
        }
        return value / base <= max ? "pass" : "miss";
    }

    static String diffVerdict(double value, double base, double max) {
        return Double.isNaN(value) || Double.isNaN(base) ? "n/a" : value - base <= max ? "pass" : "miss";
    }

    static void log(String message) {
        System.out.println("[bench " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                + "] " + message);
    }
}
