package io.provisio.admin;

import io.provisio.attributes.CustomAttributeService;
import io.provisio.attributes.CustomAttributeView;
import io.provisio.platform.JsonBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Define, list and remove the custom user attributes of the custom extension schema. */
@Path("custom-attributes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomAttributesResource {

    @Inject
    CustomAttributeService attributes;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    public List<CustomAttributeView> list() {
        return attributes.list();
    }

    /** {@code {"name":"costCenter","type":"string"}}: 201 with the definition. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response define(String body) {
        JsonObject request = JsonBodies.readObject(body);
        CustomAttributeView defined = attributes.define(text(request, "name"), text(request, "type"), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(defined.id()).build()).entity(defined).build();
    }

    /** 204; the values users hold for it are removed with it. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        attributes.remove(id, actor());
        return Response.noContent().build();
    }

    /** The member as a string; absent or null is null (the service names what is missing). */
    private static String text(JsonObject request, String member) {
        JsonValue value = request.getOrDefault(member, JsonValue.NULL);
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new IllegalArgumentException("\"" + member + "\" must be a JSON string, not " + value + ".");
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
