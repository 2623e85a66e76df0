package io.provisio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
