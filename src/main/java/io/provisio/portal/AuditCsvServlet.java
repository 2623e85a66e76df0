package io.provisio.portal;

import io.provisio.audit.AuditCriteria;
import io.provisio.audit.AuditCsv;
import io.provisio.audit.AuditQuery;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The Audit Trails export as CSV, streamed row by row: under /portal/, so the portal's login
 * guards it like the pages. Parameters as {@link AuditFilter#queryString()} writes them.
 */
@WebServlet("/portal/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    @Inject
    AuditQuery audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditCriteria criteria;
        try {
            criteria = AuditFilter.parse(request.getParameter("type"), request.getParameter("from"),
                    request.getParameter("to"), request.getParameter("q")).criteria();
        } catch (IllegalArgumentException bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, bad.getMessage());
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"provisio-audit.csv\"");
        Writer out = response.getWriter();
        out.write(AuditCsv.HEADER + "\r\n");
        audit.forEach(criteria, entry -> AuditCsv.writeRow(out, entry));
        out.flush();
    }
}
