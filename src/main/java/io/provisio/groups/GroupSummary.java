package io.provisio.groups;

import java.time.OffsetDateTime;

/**
 * A row of the portal's group list: the group's own columns and how many members it has (counted
 * in the database, never by loading them); {@code vendor} is the IdP that provisioned it. In the
 * list, members are counted up to {@link #COUNT_CAP} only; more shows as "10000+".
 */
public record GroupSummary(String id, String displayName, String externalId, long members, String vendor,
                           OffsetDateTime createdAt, OffsetDateTime lastModified) {

    /** Members counted per listed group at most: bounds the cost of a page of very large groups. */
    public static final int COUNT_CAP = 10_000;

    /** The member count as the list shows it: exact up to the cap, else "10000+". */
    public String membersText() {
        return members > COUNT_CAP ? COUNT_CAP + "+" : String.valueOf(members);
    }

    static GroupSummary of(Group group, long members) {
        return new GroupSummary(group.id(), group.displayName(), group.externalId(), members,
                group.provisionedIdp() == null ? null : group.provisionedIdp().vendor(),
                group.createdAt(), group.lastModified());
    }
}
