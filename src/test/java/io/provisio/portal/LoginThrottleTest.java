package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private final Instant now = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void theFirstFailuresCostNothing() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed("10.0.0.1", now);
        }
        assertEquals(Duration.ZERO, throttle.delayFor("10.0.0.1", now));
    }

    @Test
    void laterFailuresDoubleTheWaitUpToTheCap() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);
        assertEquals(Duration.ofSeconds(1), throttle.delayFor("10.0.0.1", now));
        fail("10.0.0.1", 1);
        assertEquals(Duration.ofSeconds(2), throttle.delayFor("10.0.0.1", now));
        fail("10.0.0.1", 20);
        assertEquals(LoginThrottle.MAX_DELAY, throttle.delayFor("10.0.0.1", now));
    }

    @Test
    void anotherAddressIsNotSlowedDown() {
        fail("10.0.0.1", 10);
        assertEquals(Duration.ZERO, throttle.delayFor("10.0.0.2", now));
    }

    @Test
    void aSuccessOrAQuietQuarterOfAnHourForgets() {
        fail("10.0.0.1", 10);
        assertEquals(Duration.ZERO, throttle.delayFor("10.0.0.1", now.plus(Duration.ofMinutes(16))));
        throttle.succeeded("10.0.0.1");
        assertEquals(Duration.ZERO, throttle.delayFor("10.0.0.1", now));
    }

    private void fail(String source, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(source, now);
        }
    }
}
