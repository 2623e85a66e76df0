package io.provisio.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock of the application, in UTC; tests may replace it. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        // microseconds: what PostgreSQL keeps, so a time reads back as it was written
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
