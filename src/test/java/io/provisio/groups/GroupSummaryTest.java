package io.provisio.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GroupSummaryTest {

    @Test
    void countsAboveTheCapShowAsMoreThanIt() {
        assertEquals("0", summary(0).membersText());
        assertEquals("10000", summary(GroupSummary.COUNT_CAP).membersText());
        assertEquals("10000+", summary(GroupSummary.COUNT_CAP + 1).membersText());
    }

    private static GroupSummary summary(long members) {
        return new GroupSummary("id", "name", null, members, null, null, null);
    }
}
