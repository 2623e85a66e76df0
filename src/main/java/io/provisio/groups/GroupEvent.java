package io.provisio.groups;

import io.provisio.tokens.IdentityProvider;
import java.time.Instant;

/**
 * Fired inside the transaction of every group change; immutable, carries no entity. Membership
 * changes are one event with counts in {@code details} ("added 3, removed 1"), not one per member.
 */
public record GroupEvent(GroupAction action, String groupId, String displayName, String tokenId, IdentityProvider idp,
                         Instant at, String details) {
}
