package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ListQuery;
import io.provisio.scim.filter.AttrPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class TableQueryTest {

    private static final Map<String, String> PATHS = Map.of("created", "meta.created", "name", "name.familyName");

    @Test
    void theSortedColumnBecomesItsScimPathAndTheRowsAPage() {
        ListQuery query = TableQuery.of("userName co \"a\"", sorted("created", SortOrder.DESCENDING), PATHS, "userName",
                40, 20, 100);
        assertTrue(query.sortBy().sameAs(AttrPath.parse("meta.created")), query.sortBy().toString());
        assertTrue(query.descending());
        assertEquals(41, query.startIndex());
        assertEquals(20, query.count());
        assertTrue(query.filter() != null);
    }

    @Test
    void withoutASortedColumnOrWithAnUnknownOneTheDefaultPathAscends() {
        ListQuery unsorted = TableQuery.of(null, Map.of(), PATHS, "userName", 0, 20, 100);
        assertTrue(unsorted.sortBy().sameAs(AttrPath.parse("userName")));
        assertFalse(unsorted.descending());
        ListQuery unknown = TableQuery.of(null, sorted("password", SortOrder.ASCENDING), PATHS, "userName", 0, 20, 100);
        assertTrue(unknown.sortBy().sameAs(AttrPath.parse("userName")));
    }

    @Test
    void aPageIsNeverLargerThanTheTableAllows() {
        assertEquals(100, TableQuery.of(null, Map.of(), PATHS, "userName", 0, 5000, 100).count());
    }

    private static Map<String, SortMeta> sorted(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }
}
