package io.provisio.admin;

import io.provisio.audit.AuditCriteria;
import io.provisio.audit.AuditCsv;
import io.provisio.audit.AuditPage;
import io.provisio.audit.AuditQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail, newest first: {@code type} (repeatable), {@code from}/{@code to} (ISO-8601
 * date-times), {@code q} (text), {@code offset}/{@code limit}. {@code Accept: text/csv} exports
 * every matching row as CSV, streamed.
 */
@Path("audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditQuery audit;

    @GET
    @Produces("application/json; qs=1")
    public AuditPage page(@QueryParam("type") List<String> types, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("q") String text,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return audit.page(criteria(types, from, to, text), offset, limit);
    }

    @GET
    @Produces("text/csv; qs=0.5")
    public Response csv(@QueryParam("type") List<String> types, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("q") String text) {
        AuditCriteria criteria = criteria(types, from, to, text);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(AuditCsv.HEADER + "\r\n");
            audit.forEach(criteria, entry -> AuditCsv.writeRow(writer, entry));
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"provisio-audit.csv\"")
                .build();
    }

    private static AuditCriteria criteria(List<String> types, String from, String to, String text) {
        return new AuditCriteria(types, time("from", from), time("to", to), text);
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is not an ISO-8601 date-time with offset, e.g. "
                    + "2026-11-29T00:00:00Z: " + value);
        }
    }
}
