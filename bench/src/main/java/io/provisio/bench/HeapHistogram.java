package io.provisio.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server's heap holds, by class, from {@code jcmd <pid> GC.class_histogram}: the JVM counts the objects a
 * full collection keeps, at the collection's own pause, so nothing the server allocates between two jcmd calls is in
 * it. The heap row takes one before and one after listing every user and names the classes that grew the most, so
 * that a miss says what it is made of.
 */
record HeapHistogram(Map<String, Long> bytesByClass, long totalBytes) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE);

    /** The histogram jcmd printed; empty (no classes, total 0) when it printed none. */
    static HeapHistogram parse(String jcmdOutput) {
        Map<String, Long> bytes = new LinkedHashMap<>();
        Matcher row = ROW.matcher(jcmdOutput);
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        Matcher total = TOTAL.matcher(jcmdOutput);
        long sum = total.find() ? Long.parseLong(total.group(1))
                : bytes.values().stream().mapToLong(Long::longValue).sum();
        return new HeapHistogram(bytes, sum);
    }

    double totalMiB() {
        return totalBytes / 1048576.0;
    }

    boolean isEmpty() {
        return bytesByClass.isEmpty();
    }

    /** One class's growth in bytes from an earlier histogram to this one (negative when it shrank). */
    record Growth(String className, long bytes) {
    }

    /** The n classes whose bytes grew the most since {@code before}, largest first; none that did not grow. */
    List<Growth> grownSince(HeapHistogram before, int n) {
        return bytesByClass.entrySet().stream()
                .map(e -> new Growth(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .filter(g -> g.bytes() > 0)
                .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                .limit(n)
                .toList();
    }

    /** "+12.3 MiB java.lang.String, +1.0 MiB [B" for the n classes that grew most; "no class grew" when none did. */
    String describeGrowthSince(HeapHistogram before, int n) {
        List<Growth> grown = grownSince(before, n);
        if (grown.isEmpty()) {
            return "no class grew";
        }
        return String.join(", ", grown.stream()
                .map(g -> String.format("+%.1f MiB %s", g.bytes() / 1048576.0, g.className()))
                .toList());
    }
}
