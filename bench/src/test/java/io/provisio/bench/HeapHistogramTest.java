package io.provisio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap row's histograms, as jcmd GC.class_histogram prints them on Java 17 (pid line, module suffixes, total). */
class HeapHistogramTest {

    private static final String BEFORE = String.join("\n",
            "7147:",
            " num     #instances         #bytes  class name (module)",
            "-------------------------------------------------------",
            "   1:        244246       28967400  [B (java.base@17.0.15)",
            "   2:        232868        5588832  java.lang.String (java.base@17.0.15)",
            "   3:         25676         821632  org.h2.mvstore.tx.VersionedValueUncommitted",
            "   4:          9205         589120  org.h2.mvstore.cache.CacheLongKeyLIRS$Entry",
            "Total       1932489       35967000");

    private static final String AFTER = String.join("\n",
            "7147:",
            " num     #instances         #bytes  class name (module)",
            "-------------------------------------------------------",
            "   1:        256286       29306512  [B (java.base@17.0.15)",
            "   2:        244901        5877624  java.lang.String (java.base@17.0.15)",
            "   3:         15864        1015296  org.h2.mvstore.cache.CacheLongKeyLIRS$Entry",
            "   4:          8276         331040  io.provisio.users.PageCursors$Key",
            "   5:            66           2112  org.h2.mvstore.tx.VersionedValueUncommitted",
            "Total       1950000       36532584");

    @Test
    void theTotalIsTheOneJcmdPrintsAndEachClassKeepsItsBytes() {
        HeapHistogram h = HeapHistogram.parse(BEFORE);
        assertEquals(35967000L, h.totalBytes());
        assertEquals(35967000 / 1048576.0, h.totalMiB());
        assertEquals(28967400L, h.bytesByClass().get("[B"));
        assertEquals(589120L, h.bytesByClass().get("org.h2.mvstore.cache.CacheLongKeyLIRS$Entry"));
        assertEquals(4, h.bytesByClass().size());
    }

    @Test
    void theClassesThatGrewMostComeFirstAndAClassNewSinceCountsWhole() {
        List<HeapHistogram.Growth> grown = HeapHistogram.parse(AFTER).grownSince(HeapHistogram.parse(BEFORE), 3);
        assertEquals(List.of(
                new HeapHistogram.Growth("org.h2.mvstore.cache.CacheLongKeyLIRS$Entry", 1015296 - 589120),
                new HeapHistogram.Growth("[B", 29306512 - 28967400),
                new HeapHistogram.Growth("io.provisio.users.PageCursors$Key", 331040)), grown);
    }

    @Test
    void theDescriptionNamesTheGrowthInMebibytes() {
        String text = HeapHistogram.parse(AFTER).describeGrowthSince(HeapHistogram.parse(BEFORE), 2);
        assertEquals("+0.4 MiB org.h2.mvstore.cache.CacheLongKeyLIRS$Entry, +0.3 MiB [B", text);
    }

    @Test
    void aClassThatShrankIsNotGrowthAndNothingGrownSaysSo() {
        HeapHistogram before = HeapHistogram.parse(AFTER);
        HeapHistogram after = HeapHistogram.parse(BEFORE);
        assertTrue(after.grownSince(before, 10).stream().noneMatch(g -> g.className().contains("PageCursors")));
        assertEquals("no class grew", before.describeGrowthSince(before, 3));
    }

    @Test
    void outputWithoutAHistogramIsEmpty() {
        HeapHistogram h = HeapHistogram.parse("jcmd failed: java.io.IOException: No such process");
        assertTrue(h.isEmpty());
        assertEquals(0, h.totalBytes());
    }
}
