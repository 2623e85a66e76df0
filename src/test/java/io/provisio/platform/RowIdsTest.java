package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RowIdsTest {

    @Test
    void isAVersion7UuidInItsCanonicalForm() {
        String id = RowIds.next();

        UUID uuid = UUID.fromString(id);
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant(), "the RFC 9562 variant");
        assertEquals(uuid.toString(), id, "36 lower-case characters, as SCIM shows it");
    }

    @Test
    void beginsWithItsCreationTime() {
        long before = System.currentTimeMillis();
        UUID uuid = UUID.fromString(RowIds.next());
        long after = System.currentTimeMillis();

        long millis = uuid.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " not in [" + before + ", " + after + "]");
    }

    @Test
    void eachIdSortsAfterTheOneBeforeIt() {
        // the property an index needs: keys made one after another sort next to each other, as text
        String previous = RowIds.next();
        for (int i = 0; i < 100_000; i++) {
            String id = RowIds.next();
            assertTrue(id.compareTo(previous) > 0, id + " sorts before " + previous);
            previous = id;
        }
    }

    @Test
    void threadsTogetherMakeNoIdTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> made = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                made.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 25_000; i++) {
                        ids.add(RowIds.next());
                    }
                    return ids;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> ids : made) {
                all.addAll(ids.get());
            }
            assertEquals(200_000, all.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
