package io.provisio.groups;

import io.provisio.tokens.IdentityProvider;
import java.time.Instant;

/**
 * Fired inside the transaction of every group change; immutable, carries no entity. Membership
 * changes are one event with counts in {@code details} ("added 3, removed 1"), not one per member.
 * {@code displayName} is null when the change did not read the group (a members-only PATCH): an
 * observer that needs the name reads it from the group's row in the same transaction.
 */
public record GroupEvent(GroupAction action, String groupId, String displayName, String tokenId, IdentityProvider idp,
                         Instant at, String details) {

    /** A members-only change of a group that was not read: the name is the row's, not the event's. */
    public static GroupEvent membersChanged(String groupId, String tokenId, IdentityProvider idp, Instant at,
                                            String details) {
        return new GroupEvent(GroupAction.MEMBERS_CHANGED, groupId, null, tokenId, idp, at, details);
    }
}
