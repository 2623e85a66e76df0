package io.provisio.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScimTokenTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);

    private static ScimToken token() {
        return new ScimToken(1, IdentityProvider.OKTA, "h", "admin", NOW, NOW.plusDays(365));
    }

    @Test
    void aNewTokenIsActiveAndAdmitsUntilItExpires() {
        ScimToken token = token();

        assertEquals(TokenStatus.ACTIVE, token.status());
        assertTrue(token.admits(NOW));
        assertTrue(token.admits(NOW.plusDays(365).minusNanos(1)));
        assertFalse(token.admits(NOW.plusDays(365)));
        assertNull(token.lastUsedAt());
    }

    @Test
    void anInactiveTokenNeverAdmits() {
        ScimToken token = token();

        assertTrue(token.changeStatus(TokenStatus.INACTIVE));
        assertFalse(token.changeStatus(TokenStatus.INACTIVE));
        assertFalse(token.admits(NOW));
        assertTrue(token.changeStatus(TokenStatus.ACTIVE));
        assertTrue(token.admits(NOW));
    }

    @Test
    void renewReplacesTheSecretAndExtendsTheLifetime() {
        ScimToken token = token();
        OffsetDateTime later = NOW.plusDays(400);

        token.renew("new-hash", later, later.plusDays(365));

        assertEquals("new-hash", token.secretHash());
        assertEquals(later, token.renewedAt());
        assertTrue(token.admits(later.plusDays(1)));
    }

    @Test
    void onlyTwoSlotsExist() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScimToken(3, IdentityProvider.OKTA, "h", "admin", NOW, NOW.plusDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ScimToken(0, IdentityProvider.OKTA, "h", "admin", NOW, NOW.plusDays(1)));
        assertThrows(NullPointerException.class,
                () -> new ScimToken(1, null, "h", "admin", NOW, NOW.plusDays(1)));
    }

    @Test
    void identityProvidersAreFoundByCodeIgnoringCase() {
        assertEquals(IdentityProvider.ENTRA_ID, IdentityProvider.byCode("entra_id").orElseThrow());
        assertEquals("Okta", IdentityProvider.byCode(" OKTA ").orElseThrow().vendor());
        assertTrue(IdentityProvider.byCode("Azure AD").isEmpty());
        assertTrue(IdentityProvider.byCode(null).isEmpty());
    }
}
