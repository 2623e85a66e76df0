package io.provisio.admin;

import io.provisio.attributes.IgnoredAttributeView;
import io.provisio.attributes.IgnoredAttributes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The attributes IdPs sent that Provisio does not keep, most recently seen first. */
@Path("ignored-attributes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IgnoredAttributesResource {

    @Inject
    IgnoredAttributes ignored;

    @Context
    SecurityContext security;

    /** Listed names newest first, then per IdP a row counting the names not listed ({@code notListed}). */
    @GET
    public List<IgnoredAttributeView> list() {
        return ignored.list();
    }

    /** Empties the report: 204, audited as "Ignored Attributes Cleared" with the rows removed. */
    @DELETE
    public Response clear() {
        ignored.clear(security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
