package io.provisio.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);
    private final TokenCache cache = new TokenCache();

    private static TokenCache.Snapshot active() {
        return new TokenCache.Snapshot("t1", IdentityProvider.OKTA, TokenStatus.ACTIVE, NOW.plusDays(1), null,
                System.nanoTime());
    }

    @Test
    void aLoadedTokenIsServedFromMemory() {
        cache.put("hash", active(), cache.generation());

        assertEquals("t1", cache.get("hash").orElseThrow().id());
        assertTrue(cache.get("other").isEmpty());
    }

    @Test
    void aCommittedTokenChangeEmptiesTheCacheAtOnce() {
        cache.put("hash", active(), cache.generation());

        cache.onTokenChanged(null);

        assertTrue(cache.get("hash").isEmpty());
    }

    @Test
    void aLoadThatStartedBeforeAChangeIsNotKept() {
        long seen = cache.generation();
        cache.onTokenChanged(null); // a renew commits while the old secret's row is being read

        cache.put("old-hash", active(), seen);

        assertTrue(cache.get("old-hash").isEmpty());
    }

    @Test
    void entriesExpire() {
        TokenCache.Snapshot old = new TokenCache.Snapshot("t1", IdentityProvider.OKTA, TokenStatus.ACTIVE,
                NOW.plusDays(1), null, System.nanoTime() - TokenCache.TTL_NANOS - 1);
        cache.put("hash", old, cache.generation());

        assertTrue(cache.get("hash").isEmpty());
    }
}
