package io.provisio.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DefinitionCacheTest {

    private final DefinitionCache cache = new DefinitionCache();
    private final AtomicInteger loads = new AtomicInteger();
    private final Supplier<List<CustomAttribute>> loader = () -> {
        loads.incrementAndGet();
        return List.of(new CustomAttribute("costCenter", CustomAttributeType.STRING, java.time.OffsetDateTime.now()));
    };

    @Test
    void loadsOnceWhileFresh() {
        cache.get(loader);
        cache.get(loader);

        assertEquals(1, loads.get());
    }

    @Test
    void aChangeClearsIt() {
        cache.get(loader);
        cache.onChange(change());
        cache.get(loader);

        assertEquals(2, loads.get());
    }

    @Test
    void aLoadOverlappingAChangeIsNotKept() {
        cache.get(() -> {
            cache.onChange(change());
            return loader.get();
        });
        cache.get(loader);

        assertEquals(2, loads.get());
    }

    private static CustomAttributeChanged change() {
        return new CustomAttributeChanged(CustomAttributeChanged.Action.DEFINED, "id", "costCenter", "string",
                "admin", Instant.now(), 0);
    }
}
