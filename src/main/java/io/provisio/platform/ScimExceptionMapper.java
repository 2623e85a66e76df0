package io.provisio.platform;

import io.provisio.scim.ScimError;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure under /scim/v2 becomes the SCIM error body (RFC 7644 section 3.12). Client errors
 * are logged quietly; an unexpected failure is logged with a reference and answered without
 * internals, never a stack trace on the wire.
 */
public class ScimExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ScimExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ScimException scim) {
            LOG.fine(() -> "SCIM client error " + scim.status() + ": " + scim.detail());
            return respond(scim);
        }
        if (failure instanceof InvalidJsonException json) {
            LOG.fine(() -> "SCIM request body refused: " + json.getMessage());
            return respond(ScimException.badRequest(json.invalidValue() ? ScimType.INVALID_VALUE : ScimType.INVALID_SYNTAX,
                    json.getMessage()));
        }
        if (failure instanceof WebApplicationException web) {
            LOG.fine(() -> "SCIM client error " + web.getResponse().getStatus() + ": " + web.getMessage());
            return respond(new ScimException(web.getResponse().getStatus(), web.getMessage()));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "SCIM request failed, reference " + reference, failure);
        return respond(new ScimException(500, "Internal error; reference " + reference + " in the server log."));
    }

    static Response respond(ScimException e) {
        return Response.status(e.status())
                .type(ScimError.SCIM_JSON)
                .entity(ScimError.body(e).toString())
                .build();
    }
}
