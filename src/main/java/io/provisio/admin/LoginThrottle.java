package io.provisio.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits password guessing at the admin login, the portal form and the admin API's Basic alike.
 * Failures are counted per account name at one client address, and per client address over all
 * names (so spraying names costs the server no more than guessing one). Past the limit, the key is
 * locked for a while that doubles with each lockout; a locked caller is refused at once, the
 * password unchecked, so no request thread waits and no guess is tried.
 * <p>
 * The account is not locked for every address: the admin account is one well-known name, and a
 * remote attacker could otherwise keep the real admin out. Every attempt counts as a failure
 * until {@link #succeeded} says otherwise, so concurrent guesses cannot slip past the limit.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    /** Names and addresses come from the network: their number and length are bounded. */
    static final int MAX_KEYS = 10_000;
    private static final int MAX_NAME = 128;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "scim.admin.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "scim.admin.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "scim.admin.login.lockout", defaultValue = "PT30S")
    Duration lockout;

    @Inject
    @ConfigProperty(name = "scim.admin.login.max-lockout", defaultValue = "PT15M")
    Duration maxLockout;

    /** How long this account at this address is refused without a check, or zero. */
    public Duration lockedFor(String account, String address) {
        Instant now = clock.instant();
        return max(remaining(pairKey(account, address), now), remaining(sourceKey(address), now));
    }

    /**
     * Answers how long the caller must wait before trying again, or zero: then the attempt may be
     * checked, and counts as failed unless {@link #succeeded} follows.
     */
    public Duration attempt(String account, String address) {
        Instant now = clock.instant();
        Duration wait = count(pairKey(account, address), maxFailures, now);
        return wait.isZero() ? count(sourceKey(address), maxFailuresPerAddress, now) : wait;
    }

    /** A correct password: that account and address start afresh. */
    public void succeeded(String account, String address) {
        failures.remove(pairKey(account, address));
        failures.remove(sourceKey(address));
    }

    private Duration remaining(String key, Instant now) {
        Failures seen = failures.get(key);
        return seen == null || !seen.lockedAt(now) ? Duration.ZERO : Duration.between(now, seen.lockedUntil());
    }

    /** Checks the lock and counts in one step, so concurrent attempts cannot pass it together. */
    private Duration count(String key, int limit, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= MAX_KEYS) {
            makeRoom(now);
        }
        Failures[] before = new Failures[1];
        failures.compute(key, (k, old) -> {
            before[0] = old == null || old.forgotten(now, maxLockout) ? Failures.NONE : old;
            return before[0].failed(now, limit, lockout, maxLockout);
        });
        return before[0].lockedAt(now) ? Duration.between(now, before[0].lockedUntil()) : Duration.ZERO;
    }

    /**
     * Forgets what no longer matters, then counts that are not locked; a map full of locks can
     * only come from a flood of addresses, and is then dropped whole rather than grow.
     */
    private void makeRoom(Instant now) {
        failures.values().removeIf(f -> f.forgotten(now, maxLockout));
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> !f.lockedAt(now));
        }
        if (failures.size() >= MAX_KEYS) {
            LOG.warning(() -> "More than " + MAX_KEYS + " login lockouts at once; forgetting them all");
            failures.clear();
        }
    }

    int size() {
        return failures.size();
    }

    private static String pairKey(String account, String address) {
        String name = account == null ? "" : account;
        return "account:" + (address == null ? "" : address) + '\n'
                + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    private static String sourceKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    /** Whole seconds, rounded up: what a person or a {@code Retry-After} header is told. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Failures since the last lockout, how many lockouts there were, and until when the last lasts. */
    private record Failures(int count, int lockouts, Instant lockedUntil, Instant last) {

        static final Failures NONE = new Failures(0, 0, Instant.MIN, Instant.MIN);

        boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        /** Quiet for the longest lockout after both the last failure and the last lock. */
        boolean forgotten(Instant now, Duration quiet) {
            Instant since = last.isAfter(lockedUntil) ? last : lockedUntil;
            return !since.plus(quiet).isAfter(now);
        }

        Failures failed(Instant now, int limit, Duration first, Duration longest) {
            if (lockedAt(now)) {
                return this; // refused unchecked, so not a failure
            }
            if (count + 1 < limit) {
                return new Failures(count + 1, lockouts, lockedUntil, now);
            }
            Duration length = first.multipliedBy(1L << Math.min(lockouts, 20));
            return new Failures(0, lockouts + 1, now.plus(length.compareTo(longest) > 0 ? longest : length), now);
        }
    }
}
