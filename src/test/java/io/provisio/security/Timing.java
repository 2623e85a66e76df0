package io.provisio.security;

import java.util.List;

/** Medians of request times, for side-by-side comparisons in one run (never absolute limits). */
final class Timing {

    private Timing() {
    }

    static long median(List<Long> samples) {
        List<Long> sorted = samples.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
