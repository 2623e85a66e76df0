package io.provisio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic and the options behind the start-up and sync rows (findings AQ): what a reader of the table relies on. */
class BenchTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(20.0, Bench.median(List.of(30.0, 10.0, 20.0)));
        assertEquals(7.0, Bench.median(List.of(7.0)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(19904.5, Bench.median(List.of(21308.0, 18501.0)));
        assertEquals(2.5, Bench.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void medianOfNothingIsNotANumber() {
        assertTrue(Double.isNaN(Bench.median(List.of())));
    }

    @Test
    void startupsDefaultToThreeAndToOneInAQuickRun() {
        assertEquals(3, Bench.Options.parse(new String[0]).startups());
        assertEquals(1, Bench.Options.parse(new String[] {"--quick"}).startups());
        assertEquals(5, Bench.Options.parse(new String[] {"--quick", "--startups", "5"}).startups());
    }

    @Test
    void startupsBelowOneAreRefusedWithTheOptionNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bench.Options.parse(new String[] {"--startups", "0"}));
        assertTrue(e.getMessage().contains("--startups"), e.getMessage());
    }

    @Test
    void anUnknownOptionIsRefusedWithTheListThatNamesStartups() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bench.Options.parse(new String[] {"--startup", "3"}));
        assertTrue(e.getMessage().contains("--startups N"), e.getMessage());
    }

    @Test
    void theStartUpVerdictPassesAtTwiceTheBareStartAndMissesAboveIt() {
        assertEquals("pass", Bench.ratioVerdictMax(20000, 10000, 2.0));
        assertEquals("miss", Bench.ratioVerdictMax(20200, 10000, 2.0));
        assertEquals("n/a", Bench.ratioVerdictMax(20000, 0, 2.0));
    }

    @Test
    void theSyncRoundsRotateSoThatEachSideTakesEachPlaceOnce() {
        List<String> sides = List.of("Provisio", "the minimal app", "JDBC");
        assertEquals(sides, Bench.rotated(sides, 0));
        assertEquals(List.of("the minimal app", "JDBC", "Provisio"), Bench.rotated(sides, 1));
        assertEquals(List.of("JDBC", "Provisio", "the minimal app"), Bench.rotated(sides, 2));
        assertEquals(sides, Bench.rotated(sides, 3));
        assertEquals(List.of("JDBC", "Provisio"), Bench.rotated(List.of("Provisio", "JDBC"), 1));
    }

    @Test
    void aSyncSidesRateIsAllItsUnitsOverAllItsTimeNotTheMeanOfItsSlices() throws Exception {
        List<Bench.Slice> slices = List.of(new Bench.Slice(1000, 10), new Bench.Slice(300, 5));
        Bench.SyncSide side = new Bench.SyncSide("Provisio", (round, length) -> slices.get(round - 1));
        assertEquals(100.0, side.slice(1, java.time.Duration.ofSeconds(10)));
        assertEquals(60.0, side.slice(2, java.time.Duration.ofSeconds(5)));
        assertEquals(1300.0 / 15, side.rate(), 1e-9);
        assertEquals("Provisio", side.name());
    }
}
