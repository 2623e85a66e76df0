package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.FilterParser;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

class UserSearchTest {

    @Test
    void blankTextMeansNoFilter() {
        assertNull(UserSearch.filter(null));
        assertNull(UserSearch.filter("   "));
    }

    @Test
    void textIsSearchedInUserNameDisplayNameAndEmails() {
        assertEquals("userName co \"ann\" or displayName co \"ann\" or emails co \"ann\"", UserSearch.filter("  ann "));
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\"", UserSearch.literal("a\"b\\c"));
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertEquals("\"a b\"", UserSearch.literal("a\nb"));
    }

    @Test
    void textThatLooksLikeAFilterStaysOneValue() {
        String hostile = "x\" or userName pr or userName eq \"\\";
        Filter filter = FilterParser.parse(UserSearch.filter(hostile));

        // three comparisons joined by "or", each against the whole text, unchanged
        assertEquals(3, comparisons(filter));
        assertEquals(hostile, firstValue(filter));
    }

    @Test
    void overlongTextIsCut() {
        String text = "a".repeat(UserSearch.MAX_LENGTH + 50);
        Filter filter = FilterParser.parse(UserSearch.filter(text));
        assertEquals(UserSearch.MAX_LENGTH, firstValue(filter).length());
    }

    private static int comparisons(Filter filter) {
        if (filter instanceof Filter.Or or) {
            return comparisons(or.left()) + comparisons(or.right());
        }
        assertInstanceOf(Filter.Compare.class, filter);
        return 1;
    }

    private static String firstValue(Filter filter) {
        Filter leftmost = filter;
        while (leftmost instanceof Filter.Or or) {
            leftmost = or.left();
        }
        return ((JsonString) ((Filter.Compare) leftmost).value()).getString();
    }
}
