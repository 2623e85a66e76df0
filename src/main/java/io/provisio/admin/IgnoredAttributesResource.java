package io.provisio.admin;

import io.provisio.attributes.IgnoredAttributeView;
import io.provisio.attributes.IgnoredAttributes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The attributes IdPs sent that Provisio does not keep, most recently seen first. */
@Path("ignored-attributes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IgnoredAttributesResource {

    @Inject
    IgnoredAttributes ignored;

    @GET
    public List<IgnoredAttributeView> list() {
        return ignored.list();
    }
}
