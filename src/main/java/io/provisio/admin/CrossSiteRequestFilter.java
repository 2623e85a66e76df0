package io.provisio.admin;

import io.provisio.audit.SecurityEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps other sites' pages from changing anything through an admin's browser, which sends its
 * Basic credentials along with any request. A change must come from this origin (no cross-origin
 * {@code Origin}, no {@code Sec-Fetch-Site} other than same-origin or a typed address) and, unless
 * it is a DELETE, carry JSON: a form or {@code text/plain} is what a foreign page can send without
 * asking first, {@code application/json} needs a CORS preflight this API never grants.
 * {@code same-site} is refused too, since a sibling host is not this application.
 */
@Dependent
@Priority(Priorities.AUTHORIZATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> OWN_FETCHES = Set.of("same-origin", "none");

    @Inject
    @ConfigProperty(name = "scim.public-url")
    Optional<String> publicUrl;

    @Inject
    Event<SecurityEvent> securityEvents;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String method = context.getMethod();
        if (!CHANGES.contains(method)) {
            return;
        }
        String fetchSite = context.getHeaderString("Sec-Fetch-Site");
        String origin = context.getHeaderString("Origin");
        if (fetchSite != null && !OWN_FETCHES.contains(fetchSite.toLowerCase(Locale.ROOT))
                || origin != null && !sameOrigin(origin, context.getUriInfo().getRequestUri(), publicUrl)) {
            refuse(context, 403, "Cross-site request refused: changes must come from this application's own pages.");
        } else if (!"DELETE".equals(method) && !isJson(context.getMediaType())) {
            refuse(context, 415, "A change to the admin API must be sent as Content-Type: application/json.");
        }
    }

    /** Whether the {@code Origin} header names the server the request came to, or its public URL. */
    static boolean sameOrigin(String origin, URI requested, Optional<String> publicUrl) {
        String claimed = originOf(origin);
        return claimed != null && (claimed.equals(originOf(requested.toString()))
                || publicUrl.filter(url -> !url.isBlank()).map(CrossSiteRequestFilter::originOf)
                        .filter(claimed::equals).isPresent());
    }

    /** scheme://host:port, lower case and with the default port spelled out; null if not a URL. */
    static String originOf(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()
                && !type.isWildcardSubtype();
    }

    private void refuse(ContainerRequestContext context, int status, String message) {
        String caller = context.getSecurityContext().getUserPrincipal() == null ? "(no credentials)"
                : context.getSecurityContext().getUserPrincipal().getName();
        securityEvents.fire(new SecurityEvent(SecurityEvent.Kind.ADMIN_REQUEST_REFUSED, caller,
                request.getRemoteAddr(), message, clock.instant()));
        context.abortWith(AdminExceptionMapper.error(status, message).build());
    }
}
