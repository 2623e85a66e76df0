package io.provisio.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The load generator: a closed loop (saturation, for throughput) and a fixed-rate schedule whose
 * latencies are measured from each request's intended start time, so a stalled server is charged
 * for the requests that queued behind the stall (no coordinated omission). Both stop at a count
 * and at a deadline, whichever comes first.
 */
final class Load {

    /** One operation; k is its sequence number. Throws on a failure (wrong status, SQL error). */
    interface Op {
        void run(long k) throws Exception;
    }

    record Result(long ops, long errors, double seconds, Histogram micros, String firstError) {
        double rate() {
            return seconds <= 0 ? 0 : ops / seconds;
        }

        double ms(double percentile) {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private Load() {
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnitMicros.HOUR, 3);
    }

    private static final class TimeUnitMicros {
        static final long HOUR = 3_600_000_000L;
    }

    /** threads clients, each starting its next request when the last one answered. */
    static Result saturate(int threads, long maxOps, Duration maxTime, Op op) {
        return run(threads, maxOps, maxTime, 0, op);
    }

    /** Requests intended at start + k / rate, served by up to threads clients. */
    static Result fixedRate(int threads, double perSecond, long maxOps, Duration maxTime, Op op) {
        return run(threads, maxOps, maxTime, (long) (1_000_000_000L / perSecond), op);
    }

    private static Result run(int threads, long maxOps, Duration maxTime, long intervalNanos, Op op) {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        for (int t = 0; t < threads; t++) {
            Histogram h = histogram();
            histograms.add(h);
            Thread worker = new Thread(() -> {
                while (true) {
                    long k = next.getAndIncrement();
                    if (k >= maxOps) {
                        return;
                    }
                    long intended = intervalNanos == 0 ? System.nanoTime() : start + k * intervalNanos;
                    if (intended >= deadline || System.nanoTime() >= deadline) {
                        return;
                    }
                    long wait;
                    while ((wait = intended - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        op.run(k);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                        if (errors.get() > 1000) {
                            return; // something is broken; do not hammer it for the rest of the window
                        }
                    }
                    h.recordValue(Math.min(TimeUnitMicros.HOUR, (System.nanoTime() - intended) / 1000));
                }
            }, "load-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join(maxTime.toMillis() + 120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram all = histogram();
        histograms.forEach(all::add);
        return new Result(all.getTotalCount(), errors.get(), seconds, all, firstError.get());
    }
}
