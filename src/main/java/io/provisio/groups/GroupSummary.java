package io.provisio.groups;

import java.time.OffsetDateTime;

/**
 * A row of the portal's group list: the group's own columns and how many members it has (counted
 * in the database, never by loading them); {@code vendor} is the IdP that provisioned it.
 */
public record GroupSummary(String id, String displayName, String externalId, long members, String vendor,
                           OffsetDateTime createdAt, OffsetDateTime lastModified) {

    static GroupSummary of(Group group, long members) {
        return new GroupSummary(group.id(), group.displayName(), group.externalId(), members,
                group.provisionedIdp() == null ? null : group.provisionedIdp().vendor(),
                group.createdAt(), group.lastModified());
    }
}
