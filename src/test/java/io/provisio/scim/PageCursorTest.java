package io.provisio.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.filter.FilterParser;
import io.provisio.testing.SeededInputs;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 9865 cursors: what goes in comes out, for the same query only, and nothing else gets through. */
class PageCursorTest {

    private static final String USERS = PageCursor.scope("User", null, "id", false);

    private final SeededInputs inputs = SeededInputs.create();

    @Test
    void aCursorGivesBackItsKey() {
        inputs.forEach(1000, random -> {
            String key = "k" + SeededInputs.wellFormedText(random, 299);
            assertEquals(Optional.of(key), PageCursor.after(PageCursor.encode(USERS, key), USERS));
        });
    }

    @Test
    void aCursorIsOnlyUnreservedCharacters() {
        // RFC 9865 section 2 and RFC 3986 section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~"
        inputs.forEach(1000, random -> {
            String key = "k" + SeededInputs.wellFormedText(random, 299);
            assertTrue(PageCursor.encode(USERS, key).matches("[A-Za-z0-9._~-]+"), key);
        });
    }

    @Test
    void anyOtherTextIsAnInvalidCursorAndNothingElse() {
        inputs.forEach(3000, random -> {
            try {
                PageCursor.after(SeededInputs.text(random, 3000), USERS);
            } catch (ScimException e) {
                assertEquals(400, e.status());
                assertEquals(Optional.of(ScimType.INVALID_CURSOR), e.scimType());
            }
        });
    }

    @Test
    void theEmptyCursorStartsAtTheFirstPage() {
        assertEquals(Optional.empty(), PageCursor.after("", USERS));
    }

    @Test
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

    @Test
    void theSameFilterWrittenDifferentlyIsTheSameQuery() {
        String written = PageCursor.scope("User", FilterParser.parse("active eq true AND (displayName co \"a\")"),
                "id", false);
        String rewritten = PageCursor.scope("User", FilterParser.parse("active  EQ true and displayName co \"a\""),
                "id", false);
        assertEquals(written, rewritten);
        assertNotEquals(written, PageCursor.scope("User", FilterParser.parse("active eq false"), "id", false));
    }

    @Test
    void tamperedOrTruncatedCursorsAreRefused() {
        String cursor = PageCursor.encode(USERS, "c0ffee");
        for (String bad : new String[] {cursor.substring(0, 5), "x" + cursor, cursor + "%", "AQ", "not a cursor"}) {
            ScimException refused = assertThrows(ScimException.class, () -> PageCursor.after(bad, USERS), bad);
            assertEquals(Optional.of(ScimType.INVALID_CURSOR), refused.scimType());
        }
    }
}
