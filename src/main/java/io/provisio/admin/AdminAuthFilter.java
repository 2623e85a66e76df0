package io.provisio.admin;

import io.provisio.audit.SecurityEvent;
import io.provisio.platform.AuthenticatedCaller;
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
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP Basic for the admin API, against the admin account, with the {@link LoginThrottle} the
 * portal login shares: a locked-out caller gets 429 and {@code Retry-After} at once, its password
 * unchecked. Failures and refusals are audited (the recorder rate-limits them).
 */
@Dependent
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    static final String REALM = "Provisio admin";

    @Inject
    AdminAccounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<SecurityEvent> securityEvents;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String[] credentials = basicCredentials(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            context.abortWith(unauthorized());
            return;
        }
        String user = credentials[0];
        String address = request.getRemoteAddr();
        Duration wait = throttle.lockedFor(user, address);
        // the lock comes first: a guess must not learn, even from the fast path, that it was right
        boolean accepted = wait.isZero() && accounts.remembered(user, credentials[1]);
        if (!accepted && wait.isZero()) {
            wait = throttle.attempt(user, address);
            accepted = wait.isZero() && accounts.verify(user, credentials[1]);
        }
        if (accepted) {
            throttle.succeeded(user, address);
            context.setSecurityContext(new AuthenticatedCaller(() -> user, "admin", SecurityContext.BASIC_AUTH,
                    context.getSecurityContext().isSecure()));
        } else if (!wait.isZero()) {
            audit(user, address, "Too many failed attempts; refused unchecked by the admin API");
            long seconds = LoginThrottle.seconds(wait);
            context.abortWith(AdminExceptionMapper.error(429, "Too many failed attempts; try again in " + seconds
                    + " s.").header(HttpHeaders.RETRY_AFTER, seconds).build());
        } else {
            audit(user, address, "Wrong user name or password for the admin API");
            context.abortWith(unauthorized());
        }
    }

    private void audit(String user, String address, String reason) {
        securityEvents.fire(new SecurityEvent(SecurityEvent.Kind.ADMIN_LOGIN_FAILED, user, address, reason,
                clock.instant()));
    }

    private static Response unauthorized() {
        return AdminExceptionMapper.error(401, "Admin credentials are missing or wrong.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .build();
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
