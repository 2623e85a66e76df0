package io.provisio.portal;

import io.provisio.scim.ListQuery;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table's request for rows, as the SCIM listing the page shares with the API: the sorted
 * column's SCIM path (the default path unless a column says otherwise), the filter, and the page
 * as startIndex and count.
 */
final class TableQuery {

    private TableQuery() {
    }

    /**
     * @param sortPaths the table's column keys and the SCIM paths they sort by; an unknown column
     *                  sorts by the default path
     */
    static ListQuery of(String filter, Map<String, SortMeta> sortBy, Map<String, String> sortPaths, String defaultPath,
            int first, int pageSize, int maxRows) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        String path = sort == null ? defaultPath : sortPaths.getOrDefault(sort.getField(), defaultPath);
        String order = sort != null && sort.getOrder() == SortOrder.DESCENDING ? "descending" : "ascending";
        return ListQuery.of(new ListQuery.Params(filter, path, order, String.valueOf(first + 1),
                String.valueOf(pageSize), null, null), pageSize, maxRows);
    }
}
