package io.provisio.statistics;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** One hour's counts, per token. Thread-safe; bounded to {@value #MAX_TOKENS} token keys. */
final class HourBucket {

    static final String NO_TOKEN = "";
    static final String OTHER_TOKENS = "(other)";
    /** Two tokens exist at a time; renewals and removals add a few ids within an hour, not more. */
    static final int MAX_TOKENS = 16;

    private final long hour;
    private final Map<String, Counts> perToken = new ConcurrentHashMap<>();

    HourBucket(long hour) {
        this.hour = hour;
    }

    long hour() {
        return hour;
    }

    void count(String tokenId, String vendor, boolean error) {
        String key = tokenId == null ? NO_TOKEN : tokenId;
        Counts counts = perToken.get(key);
        if (counts == null) {
            key = perToken.size() >= MAX_TOKENS ? OTHER_TOKENS : key;
            String shown = key.equals(OTHER_TOKENS) ? null : vendor;
            counts = perToken.computeIfAbsent(key, k -> new Counts(shown));
        }
        counts.requests.increment();
        if (error) {
            counts.errors.increment();
        }
    }

    HourCount total(Instant start) {
        long requests = 0;
        long errors = 0;
        for (Counts counts : perToken.values()) {
            requests += counts.requests.sum();
            errors += counts.errors.sum();
        }
        return new HourCount(start, requests, errors);
    }

    /** Adds this hour's counts per token to {@code sums} ({requests, errors}), noting each token's vendor. */
    void addTo(Map<String, long[]> sums, Map<String, String> vendors) {
        perToken.forEach((key, counts) -> {
            long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
            sum[0] += counts.requests.sum();
            sum[1] += counts.errors.sum();
            if (counts.vendor != null) {
                vendors.put(key, counts.vendor);
            }
        });
    }

    private static final class Counts {
        final String vendor;
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();

        Counts(String vendor) {
            this.vendor = vendor;
        }
    }
}
