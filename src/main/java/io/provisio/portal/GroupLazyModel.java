package io.provisio.portal;

import io.provisio.groups.GroupService;
import io.provisio.groups.GroupSummary;
import io.provisio.scim.ListQuery;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the Groups table one page at a time through the SCIM listing ({@link GroupService#summaries}):
 * the database filters, sorts, counts and pages, and counts each shown group's members; no member
 * row is ever read for the list.
 */
public class GroupLazyModel extends LazyDataModel<GroupSummary> {

    private static final long serialVersionUID = 1L;
    /** The table's column keys and the SCIM paths they sort by. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "displayName", "displayName",
            "created", "meta.created",
            "lastModified", "meta.lastModified");
    static final int MAX_ROWS = 100;

    private final GroupService groups;
    /** Kept as a SCIM filter string, not as a parsed tree, because the view may be serialized. */
    private String filter;

    public GroupLazyModel(GroupService groups) {
        this.groups = groups;
    }

    void search(String text) {
        this.filter = GroupSearch.filter(text);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, groups.count(query(Map.of(), 0, 0)));
    }

    /** Counts again, as the Users table does: a search from the page's button is no change the table sees. */
    @Override
    public List<GroupSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        setRowCount(count(filterBy));
        return groups.summaries(query(sortBy, first, pageSize));
    }

    @Override
    public String getRowKey(GroupSummary group) {
        return group.id();
    }

    /** displayName ascending unless a column says otherwise. */
    ListQuery query(Map<String, SortMeta> sortBy, int first, int pageSize) {
        return TableQuery.of(filter, sortBy, SORT_PATHS, "displayName", first, pageSize, MAX_ROWS);
    }
}
