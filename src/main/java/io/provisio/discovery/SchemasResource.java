package io.provisio.discovery;

import io.provisio.attributes.CustomAttributeService;
import io.provisio.scim.ScimError;
import io.provisio.scim.ScimException;
import io.provisio.scim.schema.BuiltInSchemas;
import io.provisio.scim.schema.SchemaDefinition;
import io.provisio.tokens.TargetUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * RFC 7644 section 4 ({@code /Schemas}) with the representation of RFC 7643 section 7: the core
 * User and Group schemas, the enterprise extension, and the custom extension built from the
 * attributes an admin has defined at the time of the request.
 */
@Path("Schemas")
@ApplicationScoped
@Produces({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class SchemasResource {

    @Inject
    CustomAttributeService customAttributes;

    @Inject
    TargetUrl targetUrl;

    /** Every schema as a ListResponse; filtering and paging are not offered here (section 4). */
    @GET
    public String list(@Context UriInfo uri) {
        String base = baseUrl(uri);
        return ListResponses.of(schemas().stream().map(schema -> schema.toJson(base)).toList()).toString();
    }

    /** One schema by its URN (case-insensitive, as URNs are), or 404 with the SCIM error body. */
    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id, @Context UriInfo uri) {
        return schemas().stream()
                .filter(schema -> schema.id().equalsIgnoreCase(id))
                .findFirst()
                .map(schema -> schema.toJson(baseUrl(uri)).toString())
                .orElseThrow(() -> ScimException.notFound("No schema " + id + " on this server."));
    }

    private List<SchemaDefinition> schemas() {
        return List.of(BuiltInSchemas.user(), BuiltInSchemas.group(), BuiltInSchemas.enterpriseUser(),
                BuiltInSchemas.customUserExtension(customAttributes.definitions()));
    }

    private String baseUrl(UriInfo uri) {
        return targetUrl.of(uri.getBaseUri().resolve("../../"));
    }
}
