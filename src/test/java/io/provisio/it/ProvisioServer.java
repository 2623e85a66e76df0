package io.provisio.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Boots the packaged WAR in a process of its own, on free ports and a database of its own (a fresh
 * H2 file, or a fresh PostgreSQL database when {@code it.db=postgres}), and stops it by its process
 * id. One shared instance serves the whole black-box suite.
 *
 * <p>The server is Payara Micro, or, when {@code it.server=wildfly}, the WildFly installation at
 * {@code it.wildfly.home} prepared with {@code server-config/wildfly/provisio.cli}: each instance
 * gets a server base directory of its own (its configuration copied from the installation, the WAR
 * deployed as {@code ROOT.war}) and a port offset whose ports are all free.
 */
public final class ProvisioServer implements AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(8);
    private static final Pattern NOTHING_DEPLOYED = Pattern.compile("\"Deployed\": \\[\\s*\\]");
    private static final int WILDFLY_HTTP_PORT = 8080;
    private static final int WILDFLY_MANAGEMENT_PORT = 9990;
    /** Every port standalone-full.xml binds, before the offset. */
    private static final int[] WILDFLY_PORTS = {8080, 8443, 8009, 9990, 9993, 3528, 3529, 4712, 4713};
    /** The server settings Provisio is run with on Payara Micro, as the run profile uses them. */
    private static final Path PAYARA_MICRO_PREBOOT = Path.of("server-config", "payara-micro", "preboot.asadmin");
    private static ProvisioServer shared;

    private final Path workDir;
    private final ProcessBuilder builder;
    private Process process;
    private final URI base;
    private final URI management;
    private final String adminPassword;
    private final TestDatabase database;

    private ProvisioServer(Map<String, String> settings) throws IOException {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        workDir = Path.of("target", "it-servers", runId).toAbsolutePath();
        Files.createDirectories(workDir);
        database = TestDatabase.create(workDir, runId);
        Map<String, String> env = new HashMap<>(database.environment());
        env.putAll(settings);
        adminPassword = env.get("SCIM_ADMIN_PASSWORD");
        List<String> command;
        if (onWildFly()) {
            int offset = freePortOffset();
            base = URI.create("http://127.0.0.1:" + (WILDFLY_HTTP_PORT + offset) + "/");
            management = URI.create("http://127.0.0.1:" + (WILDFLY_MANAGEMENT_PORT + offset) + "/");
            command = wildFlyCommand(offset);
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JBOSS_JAVA_SIZING", "-Xms64m -Xmx768m");
        } else {
            int port = freePort();
            base = URI.create("http://127.0.0.1:" + port + "/");
            management = base;
            command = List.of(
                    javaExecutable(), "-Xmx768m", "-jar", property("provisio.microJar"),
                    "--prebootcommandfile", PAYARA_MICRO_PREBOOT.toAbsolutePath().toString(),
                    "--deploy", property("provisio.war"), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--rootdir", workDir.resolve("micro").toString());
        }
        builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady();
    }

    /** Stops the server and starts it again on the same port and database. */
    public synchronized void restart() {
        stopProcess();
        startAgain();
    }

    /**
     * Kills the server and every process it started with SIGKILL, as a crash would, and waits for
     * them: nothing of the server gets to finish or flush what it was doing.
     */
    public synchronized void kill() {
        List<ProcessHandle> processes = serverProcesses();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(handle -> {
            if (!awaitExit(handle, 30)) {
                throw new IllegalStateException("Process " + handle.pid() + " did not die");
            }
        });
    }

    /** Starts the server again on the same port and database after {@link #kill()}. */
    public synchronized void startAgain() {
        try {
            // Payara Micro keeps what it deployed in its root directory and would deploy the WAR a
            // second time beside the one on the command line: start from an empty one. (WildFly
            // deploys what its deployments directory holds, the same WAR.)
            deleteTree(workDir.resolve("micro"));
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart the server", e);
        }
        awaitReady();
    }

    /** The server the whole suite shares, started on first use, stopped when the JVM exits. */
    public static synchronized ProvisioServer shared() {
        if (shared == null) {
            shared = start(Map.of("SCIM_ADMIN_PASSWORD", "it-" + UUID.randomUUID()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of its own with the given environment; the caller closes it. */
    public static ProvisioServer start(Map<String, String> settings) {
        try {
            return new ProvisioServer(settings);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the server", e);
        }
    }

    public URI base() {
        return base;
    }

    public URI uri(String path) {
        return resolve(base, path);
    }

    /**
     * Where the server answers a health probe: the application's port on Payara Micro, the
     * management port on WildFly.
     */
    public URI health(String path) {
        return resolve(management, path);
    }

    /** The path below the given root, with or without its leading slash. */
    private static URI resolve(URI root, String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public static boolean onWildFly() {
        return "wildfly".equals(System.getProperty("it.server", "payara-micro"));
    }

    public String adminPassword() {
        return adminPassword;
    }

    public String log() {
        try {
            return Files.readString(workDir.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A JDBC connection to the server's own database, for setting up what no API can. */
    public Connection jdbc() throws SQLException {
        return database.connect();
    }

    public TestDatabase database() {
        return database;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + tail());
            }
            if (onWildFly() && log().contains("started (with errors)")) {
                close();
                throw new IllegalStateException("WildFly could not deploy Provisio:\n" + tail());
            }
            // Payara Micro stays up with nothing deployed when the WAR fails to deploy (a mapping
            // error, say): its start-up summary then lists no application
            if (!onWildFly() && NOTHING_DEPLOYED.matcher(log()).find()) {
                close();
                throw new IllegalStateException("Payara Micro could not deploy Provisio:\n" + deploymentErrors());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(health("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Provisio did not become ready within " + BOOT_TIMEOUT + ":\n" + tail());
    }

    /** The log's SEVERE entries (where a failed deployment says why), or its tail if there are none. */
    private String deploymentErrors() {
        String log = log();
        int severe = log.indexOf("SEVERE");
        return severe < 0 ? tail() : log.substring(severe, Math.min(log.length(), severe + 6000));
    }

    private String tail() {
        String log = log();
        return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
    }

    @Override
    public synchronized void close() {
        stopProcess();
        database.drop();
    }

    /**
     * Stops the server and every process it started, and waits for all of them: WildFly's launcher
     * script exits on the signal at once while its JVM is still shutting down (suspended, it answers
     * 503), so waiting for the script alone let a restart talk to the old server.
     */
    private void stopProcess() {
        List<ProcessHandle> processes = serverProcesses();
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : processes) {
            if (!awaitExit(handle, 20)) {
                handle.destroyForcibly();
                if (!awaitExit(handle, 10)) {
                    throw new IllegalStateException("Process " + handle.pid() + " did not stop");
                }
            }
        }
    }

    /** The server's process and its descendants: on WildFly, the launcher script's JVM. */
    private List<ProcessHandle> serverProcesses() {
        List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
        processes.add(process.toHandle());
        return processes;
    }

    private static boolean awaitExit(ProcessHandle handle, int seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for process " + handle.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * WildFly's standalone-full server with a base directory of its own under the work directory:
     * the installation's configuration copied, the WAR deployed at the root context.
     */
    private List<String> wildFlyCommand(int offset) throws IOException {
        Path home = Path.of(property("it.wildfly.home"));
        Path baseDir = workDir.resolve("wildfly");
        copyTree(home.resolve("standalone").resolve("configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(Path.of(property("provisio.war")), baseDir.resolve("deployments").resolve("ROOT.war"));
        return List.of(home.resolve("bin").resolve("standalone.sh").toString(),
                "-c", "standalone-full.xml",
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1");
    }

    /** An offset under which none of WildFly's ports is taken, so that two servers never collide. */
    private static int freePortOffset() {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int offset = 10_000 + random.nextInt(40_000);
            if (Arrays.stream(WILDFLY_PORTS).allMatch(port -> isFree(port + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("No port offset with all of WildFly's ports free");
    }

    private static boolean isFree(int port) {
        if (port > 65_535) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run the suite with mvn verify");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
