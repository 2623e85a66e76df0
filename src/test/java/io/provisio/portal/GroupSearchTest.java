package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.FilterParser;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

class GroupSearchTest {

    @Test
    void blankTextMeansNoFilter() {
        assertNull(GroupSearch.filter(null));
        assertNull(GroupSearch.filter(" \t "));
    }

    @Test
    void textIsSearchedInTheDisplayName() {
        assertEquals("displayName co \"sales\"", GroupSearch.filter("  sales "));
    }

    @Test
    void textThatLooksLikeAFilterStaysOneValue() {
        String hostile = "x\" or displayName pr or id eq \"\\\n";
        Filter filter = FilterParser.parse(GroupSearch.filter(hostile));

        Filter.Compare compare = assertInstanceOf(Filter.Compare.class, filter);
        assertEquals("displayName", compare.path().attribute());
        assertEquals("x\" or displayName pr or id eq \"\\", ((JsonString) compare.value()).getString());
    }

    @Test
    void overlongTextIsCut() {
        Filter filter = FilterParser.parse(GroupSearch.filter("é".repeat(GroupSearch.MAX_LENGTH + 10)));
        assertEquals(GroupSearch.MAX_LENGTH, ((JsonString) ((Filter.Compare) filter).value()).getString().length());
    }
}
