package io.provisio.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian's package), for the closed-loop throughput rows. A Java HTTP client in the bench's
 * JVM costs about as much CPU per request as the warm server's own work (measured with the JDK
 * HttpClient), and on a 2-core machine every cycle the client burns is one the server does not
 * get; wrk is a small C event loop. The scripts (resources {@code wrk/*.lua}, each prepended with
 * {@code common.lua}) check every status and count errors and completed units (a POST, a sync
 * cycle) per thread.
 */
final class Wrk {

    record Result(long requests, long units, double seconds, long errors, String firstError) {
        double unitRate() {
            return seconds <= 0 ? 0 : units / seconds;
        }
    }

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** wrk -t threads -c connections -d duration -s script base -- args; throws if wrk itself failed. */
    static Result run(URI base, String script, int threads, int connections, Duration duration, Path workDir,
                      String... args) throws IOException, InterruptedException {
        Path file = workDir.resolve("wrk-" + script + ".lua");
        if (!Files.exists(file)) {
            Files.writeString(file, resource("common.lua") + "\n" + resource(script + ".lua"));
        }
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(threads), "-c",
                String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout", "30s", "-s", file.toString(),
                base.toString().replaceAll("/$", ""), "--"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + out);
        }
        Matcher m = REQUESTS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no request count in wrk's output: " + out);
        }
        long requests = Long.parseLong(m.group(1));
        double seconds = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        long errors = number(out, "BENCH_ERRORS");
        Matcher s = SOCKET_ERRORS.matcher(out);
        if (s.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(s.group(i));
            }
        }
        Matcher first = Pattern.compile("BENCH_FIRST_ERROR (.*)").matcher(out);
        return new Result(requests, number(out, "BENCH_UNITS"), seconds, errors, first.find() ? first.group(1) : null);
    }

    private static long number(String out, String key) {
        Matcher m = Pattern.compile(key + " (\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in wrk's output (script error?): " + out);
        }
        return Long.parseLong(m.group(1));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource wrk/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
