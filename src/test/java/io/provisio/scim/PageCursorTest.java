package io.provisio.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.filter.FilterParser;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** RFC 9865 cursors: what goes in comes out, for the same query only, and nothing else gets through. */
class PageCursorTest {

    private static final String USERS = PageCursor.scope("User", null, "id", false);

    @Property(tries = 1000)
    void aCursorGivesBackItsKey(@ForAll @StringLength(min = 1, max = 300) String key) {
        String cursor = PageCursor.encode(USERS, key);
        assertEquals(Optional.of(key), PageCursor.after(cursor, USERS));
    }

    @Property(tries = 1000)
    void aCursorIsOnlyUnreservedCharacters(@ForAll @StringLength(min = 1, max = 300) String key) {
        // RFC 9865 section 2 and RFC 3986 section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~"
        assertTrue(PageCursor.encode(USERS, key).matches("[A-Za-z0-9._~-]+"));
    }

    @Property(tries = 3000)
    void anyOtherTextIsAnInvalidCursorAndNothingElse(@ForAll @StringLength(max = 3000) String text) {
        try {
            PageCursor.after(text, USERS);
        } catch (ScimException e) {
            assertEquals(400, e.status());
            assertEquals(Optional.of(ScimType.INVALID_CURSOR), e.scimType());
        }
    }

    @Example
    void theEmptyCursorStartsAtTheFirstPage() {
        assertEquals(Optional.empty(), PageCursor.after("", USERS));
    }

    @Example
    void aCursorContinuesOnlyTheQueryItCameFrom() {
        String cursor = PageCursor.encode(USERS, "7d3c");
        String[] others = {
            PageCursor.scope("Group", null, "id", false),
            PageCursor.scope("User", FilterParser.parse("active eq true"), "id", false),
            PageCursor.scope("User", null, "userNameLower", false),
            PageCursor.scope("User", null, "id", true),
        };
        for (String other : others) {
            ScimException refused = assertThrows(ScimException.class, () -> PageCursor.after(cursor, other));
            assertEquals(Optional.of(ScimType.INVALID_CURSOR), refused.scimType());
            assertTrue(refused.detail().contains("another query"), refused.detail());
        }
    }

    @Example
    void theSameFilterWrittenDifferentlyIsTheSameQuery() {
        String written = PageCursor.scope("User", FilterParser.parse("active eq true AND (displayName co \"a\")"),
                "id", false);
        String rewritten = PageCursor.scope("User", FilterParser.parse("active  EQ true and displayName co \"a\""),
                "id", false);
        assertEquals(written, rewritten);
        assertNotEquals(written, PageCursor.scope("User", FilterParser.parse("active eq false"), "id", false));
    }

    @Example
    void tamperedOrTruncatedCursorsAreRefused() {
        String cursor = PageCursor.encode(USERS, "c0ffee");
        for (String bad : new String[] {cursor.substring(0, 5), "x" + cursor, cursor + "%", "AQ", "not a cursor"}) {
            ScimException refused = assertThrows(ScimException.class, () -> PageCursor.after(bad, USERS), bad);
            assertEquals(Optional.of(ScimType.INVALID_CURSOR), refused.scimType());
        }
    }
}
