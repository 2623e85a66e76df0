package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    @Test
    void findsTheSqlStateUnderWrapping() {
        RuntimeException wrapped = new RuntimeException(new IllegalStateException(new SQLException("dup", "23505")));

        assertTrue(UniqueViolations.isUniqueViolation(wrapped));
    }

    @Test
    void findsItBehindABatchFailure() {
        BatchUpdateException batch = new BatchUpdateException("batch", "XX000", 0, new int[0], null);
        batch.setNextException(new SQLException("dup", "23505"));

        assertTrue(UniqueViolations.isUniqueViolation(new RuntimeException(batch)));
    }

    @Test
    void otherFailuresAreNotViolations() {
        assertFalse(UniqueViolations.isUniqueViolation(new RuntimeException(new SQLException("fk", "23503"))));
        assertFalse(UniqueViolations.isUniqueViolation(new RuntimeException("no cause")));
    }
}
