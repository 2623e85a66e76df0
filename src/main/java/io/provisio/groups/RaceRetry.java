package io.provisio.groups;

import io.provisio.platform.UniqueViolations;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a whole group transaction again when it lost a race that a fresh attempt wins: two adds of
 * the same member at once (both saw no row; the primary key lets one insert), or a rename racing
 * a membership change (the rename's version check fails). A unique violation on displayName never
 * arrives here: the repository has already turned it into 409.
 */
final class RaceRetry {

    private static final Logger LOG = Logger.getLogger(RaceRetry.class.getName());
    private static final int ATTEMPTS = 3;

    private RaceRetry() {
    }

    static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
                int lost = attempt;
                LOG.fine(() -> "Group change lost a race, attempt " + lost + ": " + e);
            }
        }
    }

    static boolean isLostRace(Throwable failure) {
        if (UniqueViolations.isUniqueViolation(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
