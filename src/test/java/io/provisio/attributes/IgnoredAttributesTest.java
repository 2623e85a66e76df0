package io.provisio.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.tokens.IdentityProvider;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Recording never fails the caller, retries a lost first-sighting race once, and clips names. */
class IgnoredAttributesTest {

    private final List<SortedSet<String>> attempts = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();
    private final IgnoredAttributes ignored = new IgnoredAttributes();

    IgnoredAttributesTest() {
        ignored.limits = new IgnoredAttributeLimits();
        ignored.limits.maxRows = 1000;
        ignored.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ignored.counter = new IgnoredAttributeCounter() {
            @Override
            void count(IgnoredNames sighted, OffsetDateTime at, int maxRows) {
                attempts.add(new TreeSet<>(sighted.names()));
                if (!failures.isEmpty()) {
                    throw failures.remove(0);
                }
            }
        };
    }

    @Test
    void namesAreDeduplicatedSortedAndCut() {
        String longName = "x".repeat(400);
        ignored.record(names(Arrays.asList("b", "a", "b", null, longName), IdentityProvider.OKTA));

        assertEquals(1, attempts.size());
        assertEquals(List.of("a", "b", "x".repeat(100) + "…"), List.copyOf(attempts.get(0)));
    }

    @Test
    void aLostFirstSightingRaceIsCountedAgainOnce() {
        failures.add(uniqueViolation());

        ignored.record(names(List.of("manager"), IdentityProvider.ENTRA_ID));

        assertEquals(2, attempts.size());
    }

    @Test
    void aSecondFailureIsSwallowed() {
        failures.add(uniqueViolation());
        failures.add(uniqueViolation());

        ignored.record(names(List.of("manager"), IdentityProvider.ENTRA_ID));

        assertEquals(2, attempts.size());
    }

    @Test
    void otherFailuresAreNotRetriedAndNeverReachTheCaller() {
        failures.add(new PersistenceException("database unavailable"));

        ignored.record(names(List.of("manager"), IdentityProvider.GOOGLE));

        assertEquals(1, attempts.size());
    }

    @Test
    void nothingToRecordTouchesNothing() {
        ignored.record(names(List.of(), IdentityProvider.OKTA));
        ignored.record(names(null, IdentityProvider.OKTA));
        ignored.record(names(List.of("a"), null));

        assertTrue(attempts.isEmpty());
    }

    private static IgnoredNames names(List<String> attributes, IdentityProvider idp) {
        IgnoredNames names = new IgnoredNames(20, 100);
        names.add(attributes, idp);
        return names;
    }

    private static PersistenceException uniqueViolation() {
        return new PersistenceException(new SQLException("duplicate key", "23505"));
    }
}
