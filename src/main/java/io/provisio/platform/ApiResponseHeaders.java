package io.provisio.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response of the SCIM and admin APIs, errors and refused logins included: they
 * carry personal data, audit entries and token secrets, which no cache along the way may keep and
 * no browser may reinterpret as another content type. A servlet filter, not a JAX-RS one, so the
 * answers the container or an authentication filter gives before a resource runs have them too.
 */
@WebFilter(urlPatterns = {"/scim/*", "/api/*"})
public class ApiResponseHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
