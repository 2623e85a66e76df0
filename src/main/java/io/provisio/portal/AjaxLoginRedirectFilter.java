package io.provisio.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An ajax action taken after the session ended (30 idle minutes, or a logout in another tab) is
 * redirected by the container to the login page, and the browser follows with the Faces ajax
 * header still set: answered as a partial update, the login page would be lost inside the old
 * page. Faces' own ajax redirect makes the browser load the login page instead.
 */
@WebFilter("/portal/login.xhtml")
public class AjaxLoginRedirectFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                + request.getContextPath() + "/portal/login.xhtml\"></redirect></partial-response>");
    }
}
