package io.provisio.portal;

import io.provisio.scim.ListQuery;
import io.provisio.users.UserService;
import io.provisio.users.UserSummary;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the Users table one page at a time through the SCIM listing ({@link UserService#summaries}):
 * the database filters, sorts, counts and pages; only the shown rows reach the server's memory.
 */
public class UserLazyModel extends LazyDataModel<UserSummary> {

    private static final long serialVersionUID = 1L;
    /** The table's column keys and the SCIM paths they sort by. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "userName", "userName",
            "displayName", "displayName",
            "name", "name.familyName",
            "created", "meta.created",
            "lastModified", "meta.lastModified");
    static final int MAX_ROWS = 100;

    private final UserService users;
    /** Kept as a SCIM filter string, not as a parsed tree, because the view may be serialized. */
    private String filter;

    public UserLazyModel(UserService users) {
        this.users = users;
    }

    void search(String text) {
        this.filter = UserSearch.filter(text);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, users.count(query(Map.of(), 0, 0)));
    }

    /**
     * Counts again: the table asks {@link #count} only when it thinks the rows changed, and a new
     * search from the page's own button is not something it sees.
     */
    @Override
    public List<UserSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        setRowCount(count(filterBy));
        return users.summaries(query(sortBy, first, pageSize));
    }

    @Override
    public String getRowKey(UserSummary user) {
        return user.id();
    }

    /** userName ascending unless a column says otherwise; also the order paging cursors speed up. */
    private ListQuery query(Map<String, SortMeta> sortBy, int first, int pageSize) {
        return TableQuery.of(filter, sortBy, SORT_PATHS, "userName", first, pageSize, MAX_ROWS);
    }
}
