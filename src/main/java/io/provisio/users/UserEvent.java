package io.provisio.users;

import io.provisio.tokens.IdentityProvider;
import java.time.Instant;

/** Fired inside the transaction of every user change; immutable, carries no entity. */
public record UserEvent(UserAction action, String userId, String userName, String tokenId, IdentityProvider idp,
                        Instant at) {
}
