package io.provisio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up phases read from Payara Micro's log: the lines as Payara 6.2025.10 writes them, colours included. */
class StartPhasesTest {

    private static final String LOG = String.join("\n",
            "[2026-12-06T22:30:10.397+0000] [] [\u001B[1;92mINFO\u001B[0m] [NCLS-CORE-00017] [\u001B[1;94mjavax.enterprise.system.core\u001B[0m]"
                    + " Payara Micro 6.2025.10 (42) startup time : Embedded (1,520ms), startup services(3,869ms), total(5,389ms)",
            "[2026-12-06T22:30:21.502+0000] [] [INFO] [] [javax.enterprise.system.core] provisio was successfully deployed in 9,303 milliseconds.",
            "[2026-12-06T22:30:24.523+0000] [] [INFO] [] [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 19,789 (ms)");

    @Test
    void thePhasesAreTheRuntimeTheDeploymentWhatIsLeftToReadyAndTheWayToTheAnswer() {
        assertEquals(Optional.of(new StartPhases(5389, 9303, 19789 - 5389 - 9303, 20505 - 19789)), StartPhases.of(LOG, 20505));
    }

    @Test
    void aLogWithoutItsReadyLineGivesNoPhases() {
        String cut = LOG.substring(0, LOG.lastIndexOf('\n'));
        assertTrue(StartPhases.of(cut, 20505).isEmpty());
        assertTrue(StartPhases.of("", 20505).isEmpty());
    }

    @Test
    void theMediansAreTakenPhaseByPhase() {
        List<StartPhases> starts = List.of(new StartPhases(5000, 9000, 5000, 700), new StartPhases(4000, 9500, 4000, 900),
                new StartPhases(4500, 8000, 6000, 800));
        assertEquals("runtime 4500, deployment 9000, the rest to Payara's \"ready\" 5000, \"ready\" to the first healthy answer 800",
                StartPhases.medians(starts));
    }

    @Test
    void aRunningServersLogIsReadOnceItHasAllThreeLines(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("server.log"), LOG);
        assertEquals(StartPhases.of(LOG, 20505), StartPhases.await(log, 20505, Duration.ofSeconds(5)));
    }

    @Test
    void aLogThatNeverSaysReadyGivesNoPhasesAfterTheWait(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("server.log"), LOG.substring(0, LOG.lastIndexOf('\n')));
        long t0 = System.nanoTime();
        assertTrue(StartPhases.await(log, 20505, Duration.ofMillis(300)).isEmpty());
        assertTrue(System.nanoTime() - t0 >= 300_000_000L, "waited for the line");
        assertTrue(StartPhases.await(dir.resolve("missing.log"), 20505, Duration.ofMillis(300)).isEmpty());
    }
}
