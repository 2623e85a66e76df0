package io.provisio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one start of Payara Micro went, from the three timings Payara writes to its own log: its runtime's
 * start-up ("startup time : ... total(N ms)"), the deployment ("... was successfully deployed in N milliseconds")
 * and "ready in N (ms)", counted from the JVM's start. What is left of "ready" after the first two is the archive's
 * handling before the deployment and the application's start after it (the startup beans, the web module's
 * listeners: Flyway, Faces). The last phase, from "ready" to the first healthy answer, is the JVM's launch (which
 * "ready" does not count) and the polling, less whatever answered before Payara wrote "ready".
 * The three lines are Payara Micro's; a log without them gives no phases, and the start-up row stands without.
 */
record StartPhases(long runtime, long deployment, long rest, long toAnswer) {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern RUNTIME = Pattern.compile("startup time : .*?total\\(([0-9,]+) ?ms\\)");
    private static final Pattern DEPLOYED = Pattern.compile("was successfully deployed in ([0-9,]+) milliseconds");
    private static final Pattern READY = Pattern.compile("ready in ([0-9,]+) \\(ms\\)");

    /** The phases of the start that the log describes and that answered after answerMillis, if the log has all three lines. */
    static Optional<StartPhases> of(String log, long answerMillis) {
        String plain = ANSI.matcher(log).replaceAll("");
        Optional<Long> runtime = first(RUNTIME, plain);
        Optional<Long> deployed = first(DEPLOYED, plain);
        Optional<Long> ready = first(READY, plain);
        if (runtime.isEmpty() || deployed.isEmpty() || ready.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StartPhases(runtime.get(), deployed.get(), ready.get() - runtime.get() - deployed.get(),
                answerMillis - ready.get()));
    }

    /**
     * The phases from the log of a server that is still running, once its log has all three lines: Payara may write
     * "ready" after the first page already answers (the empty WAR's does), so this waits for it, up to the timeout,
     * and gives none if it never comes or the file cannot be read.
     */
    static Optional<StartPhases> await(Path log, long answerMillis, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Optional<StartPhases> phases = of(Files.readString(log), answerMillis);
                if (phases.isPresent() || System.nanoTime() > deadline) {
                    return phases;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            Server.sleep(100);
        }
    }

    /** "runtime A, deployment B, the rest to ready C, ready to the first answer D" with each phase's median over the starts. */
    static String medians(List<StartPhases> starts) {
        return "runtime " + median(starts, StartPhases::runtime) + ", deployment " + median(starts, StartPhases::deployment)
                + ", the rest to Payara's \"ready\" " + median(starts, StartPhases::rest)
                + ", \"ready\" to the first healthy answer " + median(starts, StartPhases::toAnswer);
    }

    private static long median(List<StartPhases> starts, ToLongFunction<StartPhases> phase) {
        return Bench.medianMillis(starts.stream().map(phase::applyAsLong).toList());
    }

    private static Optional<Long> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(Long.parseLong(m.group(1).replace(",", ""))) : Optional.empty();
    }
}
