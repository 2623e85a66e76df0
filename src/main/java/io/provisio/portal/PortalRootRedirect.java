package io.provisio.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's root ("" maps exactly the context root) leads to the portal, whose own root
 * opens the dashboard, or the login first. The APIs have paths of their own.
 */
@WebServlet("")
public class PortalRootRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/portal/");
    }
}
