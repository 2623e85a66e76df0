package io.provisio.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the bearer filter needs of a token, kept in memory by secret hash, so a SCIM request does
 * not open a transaction and query the database just to authenticate.
 *
 * <p>Exact on this node: every committed token change starts a new generation that empties the
 * cache, and a load that began before the change is not stored, so a renewed, deactivated or
 * removed secret stops working at once. Another node notices within {@link #TTL_NANOS}. Only
 * tokens that exist are cached; unknown secrets always go to the database, so garbage cannot grow
 * the map beyond the two tokens that can exist.
 */
@ApplicationScoped
class TokenCache {

    static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** A token's state as authentication needs it. */
    record Snapshot(String id, IdentityProvider idp, TokenStatus status, OffsetDateTime expiresAt,
                    OffsetDateTime lastUsedAt, long loadedAt) {

        boolean admits(OffsetDateTime now) {
            return status == TokenStatus.ACTIVE && now.isBefore(expiresAt);
        }

        Snapshot usedAt(OffsetDateTime at) {
            return new Snapshot(id, idp, status, expiresAt, at, loadedAt);
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Snapshot> byHash = new ConcurrentHashMap<>();

    long generation() {
        return generation.get();
    }

    Optional<Snapshot> get(String hash) {
        Snapshot snapshot = byHash.get(hash);
        if (snapshot != null && System.nanoTime() - snapshot.loadedAt() > TTL_NANOS) {
            byHash.remove(hash, snapshot);
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot);
    }

    synchronized void put(String hash, Snapshot snapshot, long seenGeneration) {
        if (generation.get() == seenGeneration) {
            byHash.put(hash, snapshot);
        }
    }

    void replace(String hash, Snapshot older, Snapshot newer) {
        byHash.replace(hash, older, newer);
    }

    synchronized void onTokenChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) TokenEvent event) {
        generation.incrementAndGet();
        byHash.clear();
    }
}
