package io.provisio.groups;

/** Everything the portal shows of one group besides its members, which are paged separately. */
public record GroupDetail(GroupSummary summary, String provisionedBy) {
}
