package io.provisio.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** The execution samples of a JFR recording, summarised: top frames, and inclusive shares by library and by our methods. */
final class JfrSummary {

    private static final List<String> LIBRARIES = List.of("io.provisio.", "org.eclipse.persistence.", "org.postgresql.",
            "org.h2.", "org.glassfish.jersey.", "org.jboss.weld.", "org.eclipse.parsson.", "org.glassfish.json.",
            "com.sun.enterprise.", "fish.payara.", "org.glassfish.grizzly.", "com.zaxxer.", "org.flywaydb.",
            "java.util.regex.", "javax.crypto.", "sun.security.", "java.net.", "sun.nio.");

    private JfrSummary() {
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            topFrames.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> libs = new HashSet<>();
            Set<String> methods = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                for (String lib : LIBRARIES) {
                    if (n.startsWith(lib)) {
                        libs.add(lib);
                    }
                }
                if (n.startsWith("io.provisio.")) {
                    methods.add(n);
                }
            }
            libs.forEach(l -> libraries.merge(l, 1, Integer::sum));
            methods.forEach(m -> ours.merge(m, 1, Integer::sum));
        }
        StringBuilder out = new StringBuilder();
        out.append(samples).append(" execution samples (jdk.ExecutionSample, settings=profile).\n\n");
        out.append("Top frames (self time):\n\n").append(table(topFrames, samples, top));
        out.append("\nInclusive share by library (a sample counts once per library on its stack):\n\n")
                .append(table(libraries, samples, LIBRARIES.size()));
        out.append("\nInclusive share of Provisio methods:\n\n").append(table(ours, samples, top));
        return out.toString();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String table(Map<String, Integer> counts, int samples, int top) {
        return "| samples | share | frame |\n|---:|---:|---|\n" + counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .map(e -> String.format("| %d | %.1f %% | `%s` |", e.getValue(), 100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
                .collect(Collectors.joining("\n")) + "\n";
    }
}
