package io.provisio.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.filter.FilterParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageCursorsTest {

    private final PageCursors cursors = new PageCursors();

    @Test
    void aCursorContinuesTheSameQueryAtTheNextIndex() {
        long seen = cursors.generation();
        cursors.remember(FilterParser.parse("userName sw \"a\""), "id", false, 101, "id-100", seen);

        assertEquals(Optional.of("id-100"), cursors.after(FilterParser.parse("userName sw \"a\""), "id", false, 101));
        assertTrue(cursors.after(FilterParser.parse("userName sw \"a\""), "id", false, 201).isEmpty());
        assertTrue(cursors.after(FilterParser.parse("userName sw \"b\""), "id", false, 101).isEmpty());
        assertTrue(cursors.after(FilterParser.parse("userName sw \"a\""), "id", true, 101).isEmpty());
        assertTrue(cursors.after(null, "id", false, 101).isEmpty());
    }

    @Test
    void aCommittedChangeRetiresEveryCursor() {
        cursors.remember(null, "id", false, 101, "id-100", cursors.generation());

        cursors.onUserChanged(null);

        assertTrue(cursors.after(null, "id", false, 101).isEmpty());
    }

    @Test
    void aPageReadBeforeAChangeCannotLeaveACursorBehind() {
        long seenBeforeTheChange = cursors.generation();
        cursors.onUserChanged(null);

        cursors.remember(null, "id", false, 101, "id-100", seenBeforeTheChange);

        assertTrue(cursors.after(null, "id", false, 101).isEmpty());
    }

    @Test
    void totalsAreRememberedPerFilterUntilTheNextChange() {
        long seen = cursors.generation();
        cursors.rememberTotal(FilterParser.parse("active eq true"), 42, seen);

        assertEquals(Optional.of(42L), cursors.total(FilterParser.parse("active eq true")));
        assertTrue(cursors.total(FilterParser.parse("active eq false")).isEmpty());

        cursors.onUserChanged(null);
        assertTrue(cursors.total(FilterParser.parse("active eq true")).isEmpty());
        cursors.rememberTotal(null, 7, seen);
        assertTrue(cursors.total(null).isEmpty());
    }
}
