package io.provisio.tokens;

import java.time.Instant;

/** Fired synchronously, inside the transaction, for every token action. Immutable, no entity. */
public record TokenEvent(TokenAction action, String tokenId, IdentityProvider idp, String actor, Instant at) {
}
