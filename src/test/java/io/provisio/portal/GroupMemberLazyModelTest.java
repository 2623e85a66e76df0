package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provisio.groups.GroupService;
import io.provisio.groups.MemberSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The members table reads forward pages by key, jumps by offset, and never asks for more than a page. */
class GroupMemberLazyModelTest {

    /** A group of 45 members u00..u44 that records how each page was asked for. */
    static final class FakeGroups extends GroupService {
        final List<MemberSummary> all = IntStream.range(0, 45)
                .mapToObj(i -> new MemberSummary(String.format("u%02d", i), "user" + i, null)).toList();
        final List<String> calls = new ArrayList<>();
        int counts;

        @Override
        public long memberCount(String groupId) {
            counts++;
            return all.size();
        }

        @Override
        public List<MemberSummary> memberPage(String groupId, String afterUserId, int skip, int limit) {
            calls.add("after=" + afterUserId + " skip=" + skip + " limit=" + limit);
            return all.stream().filter(m -> m.userId().compareTo(afterUserId) > 0).skip(skip).limit(limit).toList();
        }
    }

    private final FakeGroups groups = new FakeGroups();
    private final GroupMemberLazyModel model = new GroupMemberLazyModel(groups, "g");

    @Test
    void pagingForwardGoesByKey() {
        assertEquals("u00", load(0).get(0).userId());
        assertEquals("u20", load(20).get(0).userId());
        List<MemberSummary> last = load(40);

        assertEquals(5, last.size());
        assertEquals("u40", last.get(0).userId());
        assertEquals(List.of("after= skip=0 limit=20", "after=u19 skip=0 limit=20", "after=u39 skip=0 limit=20"),
                groups.calls);
        assertEquals(45, model.getRowCount());
        assertEquals(1, groups.counts, "counted once per visit to the first page");
    }

    @Test
    void onlyAPageWhoseBoundaryIsUnknownPaysTheOffset() {
        groups.calls.clear();
        assertEquals("u40", model.load(40, 20, Map.of(), Map.of()).get(0).userId()); // straight to the last page
        assertEquals("u20", load(20).get(0).userId()); // back: not reached in order yet
        assertEquals("u40", load(40).get(0).userId()); // forward again: now by key

        assertEquals(List.of("after= skip=40 limit=20", "after= skip=20 limit=20", "after=u39 skip=0 limit=20"),
                groups.calls);
    }

    @Test
    void theFirstPageCountsAgain() {
        load(0);
        load(20);
        load(0);
        assertEquals(2, groups.counts);
    }

    private List<MemberSummary> load(int first) {
        return model.load(first, 20, Map.of(), Map.of());
    }
}
