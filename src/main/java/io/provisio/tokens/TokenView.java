package io.provisio.tokens;

import java.time.OffsetDateTime;

/** What an admin sees of a token: never its secret. */
public record TokenView(
        String id,
        String idp,
        String vendor,
        TokenStatus status,
        boolean expired,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime renewedAt,
        OffsetDateTime lastUsedAt) {

    static TokenView of(ScimToken token, OffsetDateTime now) {
        return new TokenView(token.id(), token.idp().name(), token.idp().vendor(), token.status(),
                !now.isBefore(token.expiresAt()), token.createdAt(), token.expiresAt(),
                token.renewedAt(), token.lastUsedAt());
    }
}
