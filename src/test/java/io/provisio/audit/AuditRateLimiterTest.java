package io.provisio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void writesUpToTheLimitThenCountsWhatItLeftOut() {
        AuditRateLimiter limiter = new AuditRateLimiter(3, Duration.ofMinutes(1));

        assertEquals(0, limiter.admit("k", T0));
        assertEquals(0, limiter.admit("k", T0));
        assertEquals(0, limiter.admit("k", T0));
        assertEquals(-1, limiter.admit("k", T0.plusSeconds(1)));
        assertEquals(-1, limiter.admit("k", T0.plusSeconds(2)));
        // the next window reports the two left out on its first row
        assertEquals(2, limiter.admit("k", T0.plusSeconds(61)));
        assertEquals(0, limiter.admit("k", T0.plusSeconds(62)));
    }

    @Test
    void keysAreLimitedApart() {
        AuditRateLimiter limiter = new AuditRateLimiter(1, Duration.ofMinutes(1));

        assertEquals(0, limiter.admit("a", T0));
        assertEquals(-1, limiter.admit("a", T0));
        assertEquals(0, limiter.admit("b", T0));
    }
}
