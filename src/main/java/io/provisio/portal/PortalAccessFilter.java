package io.provisio.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal's pages for the signed-in admin only, however they are reached. The container checks
 * web.xml's security constraint on a request from the browser only; a forward, an include or an
 * error page that leads into /portal/ is not checked again, and would render the page for anyone.
 * This filter sees every kind of dispatch and lets through only the login page and the admin; for
 * anyone else the portal answers nothing but a redirect to the login.
 */
@WebFilter(urlPatterns = "/portal/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.INCLUDE, DispatcherType.ERROR, DispatcherType.ASYNC})
public class PortalAccessFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isLoginPage(request) || request.isUserInRole(AdminIdentityStore.ROLE)) {
            chain.doFilter(request, response);
            return;
        }
        // an include cannot set the status or headers: skipping the page is all it can do
        if (request.getDispatcherType() != DispatcherType.INCLUDE && !response.isCommitted()) {
            response.reset();
            response.sendRedirect(request.getContextPath() + PortalAuthentication.LOGIN_PAGE);
        }
    }

    /** The page as this dispatch maps it (a forward's target, not the browser's URL). */
    static boolean isLoginPage(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        String path = pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
        return PortalAuthentication.LOGIN_PAGE.equals(path);
    }
}
