package io.provisio.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a list request chooses between index paging (RFC 7644) and cursor paging (RFC 9865). */
class ListQueryTest {

    private static ListQuery query(String startIndex, String count, String cursor) {
        return ListQuery.of(new ListQuery.Params(null, null, null, startIndex, count, null, null, cursor), 100, 200);
    }

    @Test
    void withoutACursorParameterPagingIsByIndex() {
        ListQuery query = query("3", "0", null);
        assertFalse(query.byCursor());
        assertNull(query.cursor());
        assertEquals(3, query.startIndex());
        assertEquals(0, query.count());
    }

    @Test
    void anEmptyCursorAsksForTheFirstPageByCursor() {
        ListQuery query = query(null, null, "");
        assertTrue(query.byCursor());
        assertEquals("", query.cursor());
        assertEquals(100, query.count());
        assertEquals(200, query(null, "5000", "abc").count());
    }

    @Test
    void startIndexAndCursorTogetherAreRefused() {
        ScimException refused = assertThrows(ScimException.class, () -> query("1", "10", ""));
        assertEquals(400, refused.status());
        assertEquals(Optional.of(ScimType.INVALID_VALUE), refused.scimType());
    }

    @Test
    void aCursorPageOfNothingIsAnInvalidCount() {
        for (String count : new String[] {"0", "-3"}) {
            ScimException refused = assertThrows(ScimException.class, () -> query(null, count, ""));
            assertEquals(Optional.of(ScimType.INVALID_COUNT), refused.scimType());
            assertTrue(refused.detail().contains("between 1 and 200"), refused.detail());
        }
    }

    @Test
    void aSearchRequestCarriesTheCursorInItsBody() {
        ListQuery query = ListQuery.ofSearchRequest(Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"))
                .add("cursor", "")
                .add("count", 2)
                .build(), 100, 200);
        assertTrue(query.byCursor());
        assertEquals(2, query.count());
    }
}
