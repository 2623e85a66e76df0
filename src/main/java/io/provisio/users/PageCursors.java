package io.provisio.users;

import io.provisio.attributes.CustomAttributeChanged;
import io.provisio.scim.filter.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes sequential paging cost the same on every page. SCIM pages by index (startIndex), which
 * SQL answers with OFFSET: page 901 reads and skips 90,000 rows. IdPs page in order, so after
 * serving rows up to index n we remember the sort key of row n; a request for startIndex n+1 with
 * the same filter and order then seeks past that key through the index instead.
 *
 * <p>Exact, not approximate: a cursor is kept only for an immutable, unique order (id or userName),
 * and every committed user change (and every custom attribute change, which removes values or
 * gives a filter's name another meaning) starts a new generation that retires all cursors, so a cursor
 * always points where OFFSET would. A jump to a page never reached in order still pays the OFFSET.
 * The cursors are per node: with several nodes, a request that lands elsewhere simply misses.
 *
 * <p>The same generations keep each filter's {@code totalResults}, so paging through a large
 * listing counts the matching rows once, not on every page.
 */
@ApplicationScoped
public class PageCursors {

    private static final int MAX_CURSORS = 10_000;

    /** What a cursor continues: the query's filter and order, and the index it leads to. */
    record Key(Filter filter, String field, boolean descending, int startIndex, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<TotalKey, Long> totals = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TotalKey, Long> eldest) {
            return size() > MAX_CURSORS;
        }
    });

    /** A filter's match count in one generation; null filter means all users. */
    record TotalKey(Filter filter, long generation) {
    }
    private final Map<Key, String> cursors = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > MAX_CURSORS;
        }
    });

    /** The generation a reader sees before it reads; a cursor stored under it dies with it. */
    long generation() {
        return generation.get();
    }

    Optional<String> after(Filter filter, String field, boolean descending, int startIndex) {
        return Optional.ofNullable(cursors.get(new Key(filter, field, descending, startIndex, generation.get())));
    }

    void remember(Filter filter, String field, boolean descending, int nextStartIndex, String lastKey, long seen) {
        cursors.put(new Key(filter, field, descending, nextStartIndex, seen), Objects.requireNonNull(lastKey));
    }

    Optional<Long> total(Filter filter) {
        return Optional.ofNullable(totals.get(new TotalKey(filter, generation.get())));
    }

    void rememberTotal(Filter filter, long total, long seen) {
        totals.put(new TotalKey(filter, seen), total);
    }

    /** Any committed create, update or delete can move rows between indexes. */
    void onUserChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserEvent event) {
        retireAll();
    }

    /**
     * Removing a custom attribute deletes its users' values with it (no user event), and one defined
     * again under the same name is a new attribute: a filter naming it matches other users now.
     */
    void onCustomAttributeChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CustomAttributeChanged event) {
        retireAll();
    }

    private void retireAll() {
        generation.incrementAndGet();
        cursors.clear();
        totals.clear();
    }
}
