package io.provisio.tokens;

import io.provisio.audit.SecurityEvent;
import io.provisio.platform.AuthenticatedCaller;
import io.provisio.scim.ScimError;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * Guards every SCIM endpoint: only a request with an active, unexpired token passes (RFC 6750
 * bearer scheme). Anything else gets 401 with {@code WWW-Authenticate: Bearer} and the SCIM error
 * body; the refusal is audited (rate-limited). The secret itself is never logged.
 */
@Dependent
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    @Inject
    TokenService tokens;

    @Inject
    Event<SecurityEvent> securityEvents;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        TokenCheck check = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.authenticate(header.substring(7).trim())
                : TokenCheck.refused("no bearer token");
        if (check.admitted().isPresent()) {
            context.setSecurityContext(new AuthenticatedCaller(check.principal(), "scim-client", "Bearer",
                    context.getSecurityContext().isSecure()));
            return;
        }
        securityEvents.fire(new SecurityEvent(SecurityEvent.Kind.SCIM_TOKEN_REJECTED, "(SCIM client)",
                request.getRemoteAddr(), "SCIM request refused: " + check.refusal(), clock.instant()));
        context.abortWith(Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Provisio SCIM\"")
                .type(ScimError.SCIM_JSON)
                .entity(ScimError.body(401, null,
                        "A valid bearer token is required: an active, unexpired Provisio SCIM token.").toString())
                .build());
    }
}
