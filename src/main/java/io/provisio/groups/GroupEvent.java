package io.provisio.groups;

import io.provisio.tokens.IdentityProvider;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fired inside the transaction of every group change; immutable, carries no entity. Membership
 * changes are one event with counts ({@code added} 3, {@code removed} 1), not one per member.
 * {@code displayName} is null when the change did not read the group (a members-only PATCH): an
 * observer that needs the name reads it from the group's row in the same transaction.
 */
public record GroupEvent(GroupAction action, String groupId, String displayName, String tokenId, IdentityProvider idp,
                         Instant at, Map<String, Long> counts) {

    public GroupEvent {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Two counts in this order, as the audit trail shows them. */
    static Map<String, Long> counts(String first, long firstCount, String second, long secondCount) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(first, firstCount);
        counts.put(second, secondCount);
        return counts;
    }

    /** A members-only change of a group that was not read: the name is the row's, not the event's. */
    public static GroupEvent membersChanged(String groupId, String tokenId, IdentityProvider idp, Instant at,
                                            Map<String, Long> counts) {
        return new GroupEvent(GroupAction.MEMBERS_CHANGED, groupId, null, tokenId, idp, at, counts);
    }
}
