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
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/** HTTP Basic for the admin API, against the admin account. Failures are audited, rate-limited. */
@Dependent
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    static final String REALM = "Provisio admin";

    @Inject
    AdminAccounts accounts;

    @Inject
    Event<SecurityEvent> securityEvents;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String[] credentials = basicCredentials(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials != null && accounts.verify(credentials[0], credentials[1])) {
            String user = credentials[0];
            context.setSecurityContext(new AuthenticatedCaller(() -> user, "admin", SecurityContext.BASIC_AUTH,
                    context.getSecurityContext().isSecure()));
            return;
        }
        String subject = credentials == null ? "(no credentials)" : credentials[0];
        if (credentials != null) {
            securityEvents.fire(new SecurityEvent(SecurityEvent.Kind.ADMIN_LOGIN_FAILED, subject,
                    request.getRemoteAddr(), "Wrong user name or password for the admin API", clock.instant()));
        }
        context.abortWith(AdminExceptionMapper.error(401, "Admin credentials are missing or wrong.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .build());
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
