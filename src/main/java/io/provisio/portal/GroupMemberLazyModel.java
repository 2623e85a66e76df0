package io.provisio.portal;

import io.provisio.groups.GroupService;
import io.provisio.groups.MemberSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A group's members one page at a time, ordered by user id (the order of the membership key).
 * The table pages by offset; a page that follows one already shown is read by key instead (the
 * rows after the last user id shown), so paging forward through 100,000 members costs the same on
 * every page. A jump (the last page, a page number) pays for the rows it skips, once. The member
 * count is taken when the view opens and again when the table returns to the first page.
 */
public class GroupMemberLazyModel extends LazyDataModel<MemberSummary> {

    private static final long serialVersionUID = 1L;
    /** Remembered page boundaries per view; beyond that they are forgotten and learned again. */
    static final int MAX_KEYS = 1_000;

    private final GroupService groups;
    private final String groupId;
    private long total = -1;
    /** The user id of the row just before an index, for each page boundary met so far. */
    private final HashMap<Integer, String> keyBefore = new HashMap<>();

    public GroupMemberLazyModel(GroupService groups, String groupId) {
        this.groups = groups;
        this.groupId = groupId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total < 0) {
            total = groups.memberCount(groupId);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<MemberSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (first == 0) {
            total = -1;
            keyBefore.clear();
        }
        setRowCount(count(filterBy));
        String after = first == 0 ? "" : keyBefore.get(first);
        List<MemberSummary> rows = after == null
                ? groups.memberPage(groupId, "", first, pageSize)
                : groups.memberPage(groupId, after, 0, pageSize);
        if (!rows.isEmpty()) {
            if (keyBefore.size() >= MAX_KEYS) {
                keyBefore.clear();
            }
            keyBefore.put(first + rows.size(), rows.get(rows.size() - 1).userId());
        }
        return rows;
    }

    @Override
    public String getRowKey(MemberSummary member) {
        return member.userId();
    }
}
