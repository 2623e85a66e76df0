package io.provisio.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * For {@link DispatchesKeepThePortalLoginIT} only: leads a request without a session into the
 * dashboard by each way the container does not check its security constraint for, or fails.
 */
@WebServlet("/test-dispatch/*")
public class PortalDispatcher extends HttpServlet {

    static final String DASHBOARD = "/portal/dashboard.xhtml";

    /** The status {@link DispatchesKeepThePortalLoginIT}'s error page, in /portal/, is for. */
    static final int CONFLICT = HttpServletResponse.SC_CONFLICT;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/forward" -> request.getRequestDispatcher(DASHBOARD).forward(request, response);
            case "/include" -> {
                response.setContentType("text/html");
                response.getWriter().write("<p>included:</p>");
                request.getRequestDispatcher(DASHBOARD).include(request, response);
            }
            case "/error" -> response.sendError(CONFLICT);
            case "/throw" -> throw new IllegalStateException("a failure whose detail stays in the server");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
