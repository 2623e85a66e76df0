package io.provisio.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import org.junit.jupiter.api.Test;

/** Filter values a database cannot compare are refused as filters, never sent to it. */
class FilterTextTest {

    @Test
    void aStringHoldingUPlus0000EscapedOrRawIsAnInvalidFilter() {
        assertInvalid("userName eq \"a\\u0000b\"", "U+0000");
        assertInvalid("userName eq \"a\u0000b\"", "U+0000");
        assertInvalid("emails[value co \"\\u0000\"]", "U+0000");
        assertInvalid("userName eq \"\\ud800\"", "U+D800");
    }

    @Test
    void aRawControlCharacterOutsideAStringIsNamedByItsCodePoint() {
        assertInvalid("userName\u0000eq \"a\"", "U+0000");
    }

    @Test
    void aNumberLongerThanAnyAttributeHoldsIsAnInvalidFilter() {
        assertInvalid("urn:ietf:params:scim:schemas:extension:ivanti:2.0:User:n eq " + "9".repeat(1100), "64");
        FilterParser.parse("x eq " + "9".repeat(64));
    }

    private static void assertInvalid(String filter, String inDetail) {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse(filter));
        assertEquals(ScimType.INVALID_FILTER, e.scimType().orElseThrow());
        assertTrue(e.detail().contains(inDetail), e.detail());
    }
}
