package io.provisio.platform;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;

/**
 * The security context an authentication filter sets once it has admitted a caller: who it is,
 * the one role it holds and the scheme that admitted it. Used by the admin API's Basic filter
 * and the SCIM bearer-token filter alike.
 */
public record AuthenticatedCaller(Principal principal, String role, String scheme, boolean secure)
        implements SecurityContext {

    public AuthenticatedCaller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String wanted) {
        return role.equals(wanted);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
