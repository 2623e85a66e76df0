package io.provisio.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing from one address: the first {@value #FREE_FAILURES} failures cost
 * nothing (people mistype), each later one doubles the wait before the next attempt is checked,
 * up to {@link #MAX_DELAY}. A quiet quarter of an hour, or a success, forgets the address.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(8);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_SOURCES = 10_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    private record Failures(int count, Instant last) {
    }

    /** Waits as long as the address has earned; called before its credentials are checked. */
    public void pause(String source) {
        long millis = delayFor(source, clock.instant()).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void failed(String source) {
        failed(source, clock.instant());
    }

    public void succeeded(String source) {
        failures.remove(key(source));
    }

    Duration delayFor(String source, Instant now) {
        Failures seen = failures.get(key(source));
        if (seen == null || seen.last().plus(FORGET_AFTER).isBefore(now) || seen.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(seen.count() - FREE_FAILURES, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void failed(String source, Instant now) {
        if (failures.size() > MAX_SOURCES) {
            failures.clear(); // addresses come from the network: never let the map grow without bound
        }
        failures.merge(key(source), new Failures(1, now), (old, one) ->
                old.last().plus(FORGET_AFTER).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    private static String key(String source) {
        return source == null ? "" : source;
    }
}
