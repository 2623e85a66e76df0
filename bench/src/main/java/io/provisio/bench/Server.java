package io.provisio.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Payara Micro process on 127.0.0.1 and a free port, started the way the black-box suite
 * starts it, timed to its first healthy answer, and stopped by its own process id.
 */
final class Server implements AutoCloseable {

    private final Process process;
    final URI base;
    final Path dir;
    final long startupMillis;

    private Server(Process process, URI base, Path dir, long startupMillis) {
        this.process = process;
        this.base = base;
        this.dir = dir;
        this.startupMillis = startupMillis;
    }

    /** The server settings Provisio runs with (run from the repository root, as bench/run.sh does). */
    static final Path PREBOOT = Path.of("server-config", "payara-micro", "preboot.asadmin").toAbsolutePath();

    static Server start(Path microJar, Path war, Path dir, Map<String, String> env, List<String> jvmArgs,
                        String readyPath, Duration timeout) throws IOException {
        Files.createDirectories(dir);
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", microJar.toString(), "--prebootcommandfile", PREBOOT.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--rootdir", dir.resolve("micro").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = builder.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = t0 + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see "
                        + dir.resolve("server.log"));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(base.resolve(readyPath))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new Server(process, base, dir, (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(100);
        }
        new Server(process, base, dir, -1).close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + "; see " + dir.resolve("server.log"));
    }

    /** Where this start went, from Payara's log once it has written "ready" (waiting for it up to 30 s); see StartPhases. */
    Optional<StartPhases> phases() {
        return StartPhases.await(dir.resolve("server.log"), startupMillis, Duration.ofSeconds(30));
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS of the server process in KiB, or -1. */
    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone
        }
        return -1;
    }

    /** Runs jcmd against the server (bounded to a minute) and returns what it printed. */
    String jcmd(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(String.valueOf(pid()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return new String(out);
        } catch (IOException e) {
            return "jcmd failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Heap used in KiB as G1 reports it (GC.heap_info), or -1. */
    long heapUsedKb() {
        Matcher m = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(2)) : -1;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
