package io.provisio.tokens;

import java.security.Principal;

/** The caller of a SCIM request: the token that authenticated it and the IdP it belongs to. */
public record TokenPrincipal(String tokenId, IdentityProvider idp) implements Principal {

    @Override
    public String getName() {
        return idp.vendor() + " (token " + tokenId + ")";
    }
}
