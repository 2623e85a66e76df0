package io.provisio.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestStatisticsTest {

    private static final Instant START = Instant.parse("2026-03-01T10:15:00Z");

    private final MovableClock clock = new MovableClock(START);
    /** Ticking by microseconds like the application's clock, whose millis() divides by zero. */
    private final RequestStatistics statistics = new RequestStatistics(Clock.tick(clock, Duration.ofNanos(1000)));

    @Test
    void countsRequestsAndErrorsInTheCurrentHour() {
        statistics.record("t1", "Okta", 200);
        statistics.record("t1", "Okta", 409);
        statistics.record(null, null, 401);

        HourCount now = last(statistics.hours());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), now.hour());
        assertEquals(3, now.requests());
        assertEquals(2, now.errors());
        assertEquals(24, statistics.hours().size());
    }

    @Test
    void aNewHourStartsAFreshBucketAndKeepsTheOldOne() {
        statistics.record("t1", "Okta", 200);
        clock.advance(Duration.ofHours(1));
        statistics.record("t1", "Okta", 500);

        List<HourCount> hours = statistics.hours();
        assertEquals(new HourCount(Instant.parse("2026-03-01T10:00:00Z"), 1, 0), hours.get(22));
        assertEquals(new HourCount(Instant.parse("2026-03-01T11:00:00Z"), 1, 1), hours.get(23));
    }

    @Test
    void aDayLaterTheSlotIsReusedAndTheOldCountsAreGone() {
        statistics.record("t1", "Okta", 200);
        statistics.record("t1", "Okta", 200);
        clock.advance(Duration.ofHours(24));
        statistics.record("t2", "Google", 200);

        assertEquals(1, statistics.hours().stream().mapToLong(HourCount::requests).sum());
        List<TokenActivity> tokens = statistics.tokens();
        assertEquals(1, tokens.size());
        assertEquals("t2", tokens.get(0).tokenId());
    }

    @Test
    void hoursWithoutTrafficAreZeroEvenWhenNothingWasRecordedSince() {
        statistics.record("t1", "Okta", 200);
        clock.advance(Duration.ofHours(30));

        assertEquals(0, statistics.hours().stream().mapToLong(HourCount::requests).sum());
        assertEquals(List.of(), statistics.tokens());
    }

    @Test
    void perTokenSumsOverTheDayWithTheLastRequest() {
        statistics.record("t1", "Okta", 200);
        clock.advance(Duration.ofHours(3));
        statistics.record("t1", "Okta", 404);
        statistics.record(null, null, 401);

        TokenActivity okta = statistics.tokens().stream().filter(t -> "t1".equals(t.tokenId())).findFirst().orElseThrow();
        assertEquals(2, okta.requests());
        assertEquals(1, okta.errors());
        assertEquals("Okta", okta.vendor());
        assertEquals(clock.instant(), okta.lastRequest());
        assertEquals(404, okta.lastStatus());
        TokenActivity refused = statistics.tokens().stream().filter(t -> t.tokenId() == null).findFirst().orElseThrow();
        assertEquals(1, refused.requests());
        assertNull(refused.lastRequest());
    }

    @Test
    void tokenKeysPerHourAreBounded() {
        for (int i = 0; i < HourBucket.MAX_TOKENS + 10; i++) {
            statistics.record("token-" + i, "Okta", 200);
        }
        List<TokenActivity> tokens = statistics.tokens();
        assertEquals(HourBucket.MAX_TOKENS + 1, tokens.size()); // the extra ids share "(other)"
        assertEquals(HourBucket.MAX_TOKENS + 10, last(statistics.hours()).requests());
    }

    @Test
    void concurrentRequestsAreAllCounted() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8000; i++) {
            int status = i % 4 == 0 ? 500 : 200;
            pool.execute(() -> statistics.record("t1", "Okta", status));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);

        assertEquals(new HourCount(Instant.parse("2026-03-01T10:00:00Z"), 8000, 2000), last(statistics.hours()));
    }

    private static HourCount last(List<HourCount> hours) {
        return hours.get(hours.size() - 1);
    }

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
