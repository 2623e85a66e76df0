package io.provisio.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * The portal page an admin asked for when the login came in between (first visit, or a session
 * that ended mid-action), so the login can lead back there instead of to the dashboard.
 * <p>
 * A page asked for with GET is kept with its query ({@code user.xhtml?id=...}). An action (a form
 * post, ajax or not) cannot be replayed after the login: its page is taken from the Referer the
 * browser sends within the portal ({@code Referrer-Policy: same-origin}), or, without one, from the
 * posted URL. Only paths of this application's portal are kept, so the login never redirects
 * anywhere else; the login page itself and the portal's root (which is the dashboard) are not kept.
 */
final class ContinueTarget {

    static final String SESSION_KEY = ContinueTarget.class.getName();

    private ContinueTarget() {
    }

    static void remember(HttpServletRequest request) {
        target(request.getContextPath(), request.getMethod(), request.getRequestURI(), request.getQueryString(),
                request.getHeader("Referer"))
                .ifPresent(target -> request.getSession(true).setAttribute(SESSION_KEY, target));
    }

    /** The remembered page, forgotten as it is read; the dashboard when there is none. */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(SESSION_KEY);
        if (target != null) {
            session.removeAttribute(SESSION_KEY);
            return (String) target;
        }
        return request.getContextPath() + "/portal/dashboard.xhtml";
    }

    /** The path (and query) to come back to after the login, if the request names a portal page. */
    static Optional<String> target(String contextPath, String method, String requestUri, String query, String referer) {
        if ("GET".equals(method)) {
            return portalPage(contextPath, query == null ? requestUri : requestUri + "?" + query);
        }
        Optional<String> fromReferer = referer == null ? Optional.empty() : pathOf(referer)
                .flatMap(path -> portalPage(contextPath, path));
        return fromReferer.isPresent() ? fromReferer : portalPage(contextPath, requestUri);
    }

    private static Optional<String> pathOf(String referer) {
        try {
            URI uri = new URI(referer);
            if (uri.getRawPath() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> portalPage(String contextPath, String pathAndQuery) {
        String portal = contextPath + "/portal/";
        String path = pathAndQuery.split("\\?", 2)[0];
        if (!path.startsWith(portal) || path.equals(portal) || path.equals(contextPath + PortalAuthentication.LOGIN_PAGE)
                || path.contains("/../") || path.contains("//") || path.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(pathAndQuery);
    }
}
