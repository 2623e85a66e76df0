package io.provisio.platform;

import io.provisio.scim.ScimError;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The application's error pages (web.xml's error-page locations), answered for every method: the
 * server dispatches an error with the request's own method, and a static file cannot answer a PATCH
 * or a PUT (it answered 501 and 403). An error of the SCIM or admin API is answered in that API's
 * JSON error shape, with the status the error had; anything else gets the static page, which shows
 * no portal content and no server detail.
 */
@WebServlet("/errors/*")
public class ErrorPages extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code == null ? response.getStatus() : code;
        String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed == null ? "" : failed.substring(Math.min(request.getContextPath().length(), failed.length()));
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/scim/")) {
            json(response, ScimError.MEDIA_TYPE, ScimError.body(status, null, reason(status)).toString());
        } else if (path.startsWith("/api/")) {
            json(response, "application/json", Json.createObjectBuilder().add("status", status)
                    .add("error", reason(status)).add("message", reason(status)).build().toString());
        } else {
            page(request, response, status == 404 ? "/errors/not-found.html" : "/errors/error.html");
        }
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status >= 500 ? "Server error" : "Request refused";
    }

    private static void json(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String file) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream html = request.getServletContext().getResourceAsStream(file)) {
            if (html != null) {
                html.transferTo(response.getOutputStream());
            }
        }
    }
}
