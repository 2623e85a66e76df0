package io.provisio.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * SCIM requests and errors per hour and per token for the last 24 hours, in memory, on this node.
 * A ring of 24 hourly buckets: the slot of an hour is reused once the hour is a day old, so memory
 * stays bounded however long the server runs. Counting is a map look-up and two {@code LongAdder}
 * increments, cheap enough for every request. A request counted just as its bucket is replaced by
 * the next hour's may be lost; the dashboard shows trends, not an invoice.
 */
@ApplicationScoped
public class RequestStatistics {

    static final int HOURS = 24;
    private static final long HOUR_MILLIS = 3_600_000L;

    @Inject
    Clock clock;
    private final AtomicReferenceArray<HourBucket> ring = new AtomicReferenceArray<>(HOURS);
    private final Map<String, LastRequest> lastRequests = new ConcurrentHashMap<>();

    public RequestStatistics() {
        // for CDI, which injects the application's clock
    }

    RequestStatistics(Clock clock) {
        this.clock = clock;
    }

    /** Counts one finished request; {@code tokenId} and {@code vendor} are null when no token was admitted. */
    public void record(String tokenId, String vendor, int status) {
        long millis = now();
        bucket(millis / HOUR_MILLIS).count(tokenId, vendor, status >= 400);
        if (tokenId != null) {
            lastRequests.put(tokenId, new LastRequest(Instant.ofEpochMilli(millis), status));
        }
    }

    /** The last 24 hours, oldest first; the last entry is the current hour so far. */
    public List<HourCount> hours() {
        long now = now() / HOUR_MILLIS;
        List<HourCount> hours = new ArrayList<>(HOURS);
        for (long hour = now - HOURS + 1; hour <= now; hour++) {
            HourBucket bucket = current(hour);
            Instant start = Instant.ofEpochMilli(hour * HOUR_MILLIS);
            hours.add(bucket == null ? new HourCount(start, 0, 0) : bucket.total(start));
        }
        return hours;
    }

    /** Per token over the last 24 hours, the most recently used first. */
    public List<TokenActivity> tokens() {
        long now = now() / HOUR_MILLIS;
        Map<String, long[]> sums = new HashMap<>();
        Map<String, String> vendors = new HashMap<>();
        for (long hour = now - HOURS + 1; hour <= now; hour++) {
            HourBucket bucket = current(hour);
            if (bucket != null) {
                bucket.addTo(sums, vendors);
            }
        }
        List<TokenActivity> activity = new ArrayList<>();
        sums.forEach((key, counts) -> {
            String tokenId = HourBucket.NO_TOKEN.equals(key) ? null : key;
            LastRequest last = tokenId == null ? null : lastRequests.get(tokenId);
            activity.add(new TokenActivity(tokenId, vendors.get(key), counts[0], counts[1],
                    last == null ? null : last.at(), last == null ? 0 : last.status()));
        });
        activity.sort(Comparator.comparing(TokenActivity::lastRequest, Comparator.nullsLast(Comparator.reverseOrder())));
        return activity;
    }

    /** The bucket of this hour, replacing the day-old one that held its slot. */
    private HourBucket bucket(long hour) {
        int slot = (int) Math.floorMod(hour, (long) HOURS);
        while (true) {
            HourBucket bucket = ring.get(slot);
            if (bucket != null && bucket.hour() == hour) {
                return bucket;
            }
            if (bucket != null && bucket.hour() > hour) {
                return bucket; // the clock stepped back: count into the newer hour rather than erase it
            }
            HourBucket fresh = new HourBucket(hour);
            if (ring.compareAndSet(slot, bucket, fresh)) {
                forgetStale(hour);
                return fresh;
            }
        }
    }

    private HourBucket current(long hour) {
        HourBucket bucket = ring.get((int) Math.floorMod(hour, (long) HOURS));
        return bucket != null && bucket.hour() == hour ? bucket : null;
    }

    /** Not {@code clock.millis()}: a sub-millisecond tick clock divides by zero there (JDK 17). */
    private long now() {
        return clock.instant().toEpochMilli();
    }

    /** Last-request times older than a day go, so the map stays as small as the ring. */
    private void forgetStale(long hour) {
        Instant dayAgo = Instant.ofEpochMilli((hour - HOURS + 1) * HOUR_MILLIS);
        lastRequests.values().removeIf(last -> last.at().isBefore(dayAgo));
    }

    private record LastRequest(Instant at, int status) {
    }
}
