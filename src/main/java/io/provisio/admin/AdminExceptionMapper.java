package io.provisio.admin;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.attributes.CustomAttributeConflictException;
import io.provisio.attributes.CustomAttributeNotFoundException;
import io.provisio.platform.InvalidJsonException;
import io.provisio.tokens.TokenLimitException;
import io.provisio.tokens.TokenNotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every admin API error is a JSON body {@code {"status":..,"error":..,"message":..}}; an
 * unexpected failure is logged with a reference and answered without internals.
 */
public class AdminExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(AdminExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof TokenNotFoundException || failure instanceof CustomAttributeNotFoundException) {
            return error(404, failure.getMessage()).build();
        }
        if (failure instanceof TokenLimitException || failure instanceof CustomAttributeConflictException) {
            return error(409, failure.getMessage()).build();
        }
        if (failure instanceof InvalidJsonException || failure instanceof IllegalArgumentException) {
            return error(400, failure.getMessage()).build();
        }
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return error(original.getStatus(), web.getMessage()).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Admin API failure, reference " + reference, failure);
        return error(500, "Internal error; reference " + reference + " in the server log.").build();
    }

    static Response.ResponseBuilder error(int status, String message) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder()
                        .add("status", status)
                        .add("error", type == null ? "Error" : type.getReasonPhrase())
                        .add("message", message == null ? "" : message)
                        .build());
    }
}
