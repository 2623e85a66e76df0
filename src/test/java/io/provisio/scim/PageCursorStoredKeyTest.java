package io.provisio.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cursor's key goes into a database query, so one no stored value can hold never gets there. */
class PageCursorStoredKeyTest {

    private static final String USERS = PageCursor.scope("User", null, "id", false);

    @Test
    void aKeyADatabaseCanHoldComesBack() {
        assertEquals(Optional.of("bob@example.com"),
                PageCursor.afterStoredKey(PageCursor.encode(USERS, "bob@example.com"), USERS));
        assertEquals(Optional.empty(), PageCursor.afterStoredKey("", USERS));
    }

    @Test
    void aMadeUpCursorCarryingUPlus0000IsAnInvalidCursor() {
        String forged = PageCursor.encode(USERS, "a\u0000b");
        assertEquals(Optional.of("a\u0000b"), PageCursor.after(forged, USERS));
        ScimException e = assertThrows(ScimException.class, () -> PageCursor.afterStoredKey(forged, USERS));
        assertEquals(Optional.of(ScimType.INVALID_CURSOR), e.scimType());
    }
}
