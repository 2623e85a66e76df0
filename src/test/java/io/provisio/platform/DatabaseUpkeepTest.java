package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUpkeepTest {

    @Test
    void autovacuumOffIsWarnedAboutWithHowToTurnItOn() {
        String warning = DatabaseUpkeep.autovacuumWarning("off").orElseThrow();

        assertTrue(warning.startsWith("PostgreSQL's autovacuum is off."), warning);
        assertTrue(warning.contains("ALTER SYSTEM SET autovacuum = on"), warning);
        assertEquals(Optional.of(warning), DatabaseUpkeep.autovacuumWarning("OFF"));
    }

    @Test
    void autovacuumOnNeedsNoWord() {
        assertEquals(Optional.empty(), DatabaseUpkeep.autovacuumWarning("on"));
    }

    @Test
    void h2HasNothingToWarnAbout() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:upkeep", "sa", "")) {
            assertEquals(Optional.empty(), DatabaseUpkeep.warning(c));
        }
    }
}
