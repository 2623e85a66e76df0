package io.provisio.admin;

import io.provisio.tokens.IssuedToken;
import io.provisio.tokens.TokenStatus;
import java.time.OffsetDateTime;

/** The one answer that carries a token's secret, with the Target SCIM URL to copy beside it. */
public record IssuedTokenResponse(
        String id,
        String idp,
        String vendor,
        TokenStatus status,
        String token,
        String targetUrl,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt) {

    static IssuedTokenResponse of(IssuedToken issued, String targetUrl) {
        var view = issued.token();
        return new IssuedTokenResponse(view.id(), view.idp(), view.vendor(), view.status(), issued.secret(),
                targetUrl, view.createdAt(), view.expiresAt());
    }
}
