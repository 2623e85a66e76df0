package io.provisio.discovery;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimError;
import io.provisio.scim.ScimException;
import io.provisio.scim.schema.Schemas;
import io.provisio.tokens.TargetUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * RFC 7644 section 4 ({@code /ResourceTypes}) with the representation of RFC 7643 section 6:
 * User (core schema, enterprise and custom extensions, both optional) and Group.
 */
@Path("ResourceTypes")
@ApplicationScoped
@Produces({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ResourceTypesResource {

    private record ResourceType(String id, String endpoint, String description, String schema,
            List<String> extensions) {
    }

    private static final List<ResourceType> TYPES = List.of(
            new ResourceType("User", "/Users", "User Account", Schemas.USER,
                    List.of(Schemas.ENTERPRISE_USER, Schemas.CUSTOM_USER)),
            new ResourceType("Group", "/Groups", "Group", Schemas.GROUP, List.of()));

    @Inject
    TargetUrl targetUrl;

    /** Both resource types as a ListResponse. */
    @GET
    public String list(@Context UriInfo uri) {
        String base = baseUrl(uri);
        return ListResponses.of(TYPES.stream().map(type -> toJson(type, base)).toList()).toString();
    }

    /** {@code User} or {@code Group}, or 404 with the SCIM error body. */
    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id, @Context UriInfo uri) {
        return TYPES.stream()
                .filter(type -> type.id().equalsIgnoreCase(id))
                .findFirst()
                .map(type -> toJson(type, baseUrl(uri)).toString())
                .orElseThrow(() -> ScimException.notFound("No resource type " + id + " on this server."));
    }

    private static JsonObject toJson(ResourceType type, String base) {
        JsonArrayBuilder extensions = JSON.createArrayBuilder();
        // Optional: an IdP may create a user without either extension.
        type.extensions().forEach(urn -> extensions.add(JSON.createObjectBuilder()
                .add("schema", urn).add("required", false)));
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(Schemas.RESOURCE_TYPE))
                .add("id", type.id())
                .add("name", type.id())
                .add("endpoint", type.endpoint())
                .add("description", type.description())
                .add("schema", type.schema())
                .add("schemaExtensions", extensions)
                .add("meta", JSON.createObjectBuilder()
                        .add("resourceType", "ResourceType")
                        .add("location", base + "/ResourceTypes/" + type.id()))
                .build();
    }

    private String baseUrl(UriInfo uri) {
        return targetUrl.of(uri.getBaseUri().resolve("../../"));
    }
}
