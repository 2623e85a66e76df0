package io.provisio.attributes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The custom attribute definitions in memory, because every SCIM user write needs them and they
 * change only when an admin defines or removes one.
 *
 * <p>The cache is per node. A change made on this node clears it once its transaction has
 * completed, so the next read here sees it at once. A change made on another node is seen here
 * when the entry expires after {@link #TTL_NANOS}: a few seconds of staleness after an admin
 * action is harmless (an IdP write in that window keeps or ignores one attribute as before),
 * and it spares us a cluster-wide invalidation channel.
 */
@ApplicationScoped
class DefinitionCache {

    static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** Detached entities, read-only: id, name and type never change after definition. */
    private record Entry(List<CustomAttribute> definitions, long loadedAt) {
    }

    /** Bumped on every change, so a load that overlapped a change is not cached. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry entry;

    List<CustomAttribute> get(Supplier<List<CustomAttribute>> loader) {
        Entry current = entry;
        long now = System.nanoTime();
        if (current != null && now - current.loadedAt() < TTL_NANOS) {
            return current.definitions();
        }
        long seen = generation.get();
        List<CustomAttribute> loaded = List.copyOf(loader.get());
        store(seen, new Entry(loaded, now));
        return loaded;
    }

    private synchronized void store(long seen, Entry loaded) {
        if (generation.get() == seen) {
            entry = loaded;
        }
    }

    /** After commit or rollback: a rolled-back change costs only one reload. */
    synchronized void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CustomAttributeChanged change) {
        generation.incrementAndGet();
        entry = null;
    }
}
