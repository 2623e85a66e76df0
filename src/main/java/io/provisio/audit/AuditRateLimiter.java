package io.provisio.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window limit on how many rows one kind of refused credential may write: at most
 * {@code perWindow} rows per window and key; the rest are counted and reported on the next row
 * that is written, so the trail says how many were left out without growing with the flood.
 */
final class AuditRateLimiter {

    private final int perWindow;
    private final Duration window;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    AuditRateLimiter(int perWindow, Duration window) {
        this.perWindow = perWindow;
        this.window = window;
    }

    /**
     * Answers -1 if this occurrence must not be written, otherwise the number of occurrences
     * suppressed since the last written one.
     */
    int admit(String key, Instant now) {
        if (windows.size() > 10_000) {
            windows.clear(); // keys come from the network: never let them grow without bound
        }
        Window current = windows.compute(key, (k, w) -> w == null || w.endsBefore(now) ? new Window(now.plus(window), w) : w);
        return current.admit(perWindow);
    }

    private static final class Window {
        private final Instant end;
        private final AtomicInteger written = new AtomicInteger();
        private final AtomicInteger suppressed;

        Window(Instant end, Window previous) {
            this.end = end;
            this.suppressed = new AtomicInteger(previous == null ? 0 : previous.suppressed.get());
        }

        boolean endsBefore(Instant now) {
            return !now.isBefore(end);
        }

        int admit(int limit) {
            if (written.incrementAndGet() > limit) {
                suppressed.incrementAndGet();
                return -1;
            }
            return suppressed.getAndSet(0);
        }
    }
}
