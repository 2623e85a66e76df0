package io.provisio.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.tokens.IdentityProvider;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One request lists at most the bound of distinct names, cut and marked; the rest are counted. */
class IgnoredNamesTest {

    @Test
    void beyondTheBoundNamesAreOnlyCounted() {
        IgnoredNames names = new IgnoredNames(20, 100);

        names.add(IntStream.range(0, 5000).mapToObj(i -> String.format("n%04d", i)).toList(), IdentityProvider.OKTA);

        assertEquals(20, names.names().size());
        assertEquals(4980, names.more());
        assertEquals(IdentityProvider.OKTA, names.idp());
    }

    @Test
    void aNameSeenAgainInTheRequestCountsOnce() {
        IgnoredNames names = new IgnoredNames(2, 100);

        names.add(Arrays.asList("b", "a", "b", null), IdentityProvider.OKTA);
        names.add(List.of("a", "c"), IdentityProvider.OKTA);

        assertEquals(List.of("a", "b"), List.copyOf(names.names()));
        assertEquals(1, names.more());
    }

    @Test
    void longNamesAreCutAndMarked() {
        IgnoredNames names = new IgnoredNames(20, 100);

        names.add(List.of("x".repeat(5000), "y".repeat(100)), IdentityProvider.GOOGLE);

        assertEquals(List.of("x".repeat(100) + "…", "y".repeat(100)), List.copyOf(names.names()));
    }

    @Test
    void nothingSentIsEmpty() {
        IgnoredNames names = new IgnoredNames(20, 100);
        names.add(null, IdentityProvider.OKTA);
        names.add(List.of("a"), null);

        assertTrue(names.isEmpty());
    }
}
