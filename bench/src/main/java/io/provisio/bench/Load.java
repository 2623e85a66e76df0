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

    /** What a warm-up did: the closed-loop rate of each window, and whether it levelled off before its time ran out. */
    record WarmUp(List<Double> rates, boolean steady, double seconds) {
        double first() {
            return rates.get(0);
        }

        /** The mean of the last three windows: the rate the warm-up ended at. */
        double last() {
            return mean(rates.subList(Math.max(0, rates.size() - 3), rates.size()));
        }

        String trace() {
            StringBuilder out = new StringBuilder();
            for (double r : rates) {
                out.append(out.length() == 0 ? "" : ", ").append(String.format("%.0f", r));
            }
            return out.append(" /s (").append(String.format("%.0f s", seconds))
                    .append(steady ? ", levelled off)" : ", still rising when its time ran out)").toString();
        }
    }

    /**
     * Runs closed-loop windows until the rate levels off: the mean of the last three windows no more
     * than 5 % above the mean of the three before them (so at least six windows), at most maxTime.
     * A JVM compiles its hot paths over the first tens of thousands of requests, while the same
     * cores serve them; measuring before that measures the compiler, not the server. Single windows
     * on a shared machine vary by 10 % or more, hence means of three.
     */
    static WarmUp warmUp(int threads, Duration window, Duration minTime, Duration maxTime, Op op) {
        return warmUp(window, minTime, maxTime, (length, offset) -> {
            Result r = saturate(threads, Long.MAX_VALUE, length, k -> op.run(offset + k));
            if (r.errors() > 0) {
                throw new IllegalStateException(r.errors() + " errors while warming up; first: " + r.firstError());
            }
            return r.rate();
        });
    }

    /** One closed-loop window of the given length; offset differs per window (for unique names). */
    interface Window {
        double rate(Duration length, long offset) throws Exception;
    }

    static WarmUp warmUp(Duration window, Duration minTime, Duration maxTime, Window w) {
        List<Double> rates = new ArrayList<>();
        long start = System.nanoTime();
        while (true) {
            try {
                rates.add(w.rate(window, rates.size() * 1_000_000_000L));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            int n = rates.size();
            double seconds = (System.nanoTime() - start) / 1e9;
            // not before minTime: a fresh server's rate rests on a plateau (methods compiled by C1)
            // for up to a minute before the C2 compilations land, and that plateau looks level
            boolean steady = n >= 6 && seconds >= minTime.toSeconds()
                    && mean(rates.subList(n - 3, n)) <= 1.05 * mean(rates.subList(n - 6, n - 3));
            if (steady || seconds + window.toSeconds() > maxTime.toSeconds()) {
                return new WarmUp(rates, steady, seconds);
            }
        }
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
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
