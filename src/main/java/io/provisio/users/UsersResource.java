package io.provisio.users;

import io.provisio.platform.JsonBodies;
import io.provisio.platform.ScimListSettings;
import io.provisio.scim.ListQuery;
import io.provisio.scim.ListResponse;
import io.provisio.scim.Projection;
import io.provisio.scim.ScimError;
import io.provisio.scim.schema.Schemas;
import io.provisio.tokens.TokenPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The SCIM Users endpoint (RFC 7644 section 3): HTTP in, a service call, HTTP out. One instance
 * for the application, with the request's URI and caller passed to each method: a request-scoped
 * resource made Jersey inject its fields through HK2 on every request.
 */
@Path("Users")
@ApplicationScoped
@Produces({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Consumes({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class UsersResource {

    @Inject
    UserService users;

    @Inject
    ScimListSettings listSettings;

    /** RFC 7644 section 3.3: 201 with Location and ETag. */
    @POST
    public Response create(String body, @Context UriInfo uri, @Context SecurityContext security) {
        URI base = base(uri);
        StoredUser user = users.create(JsonBodies.readObject(body), caller(security), base);
        return withVersion(Response.created(base.resolve(user.id())), user, Projection.ALL);
    }

    /** RFC 7644 section 3.4.1. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("attributes") String attributes,
                        @QueryParam("excludedAttributes") String excluded, @Context UriInfo uri) {
        Projection projection = Projection.of(attributes, excluded);
        return withVersion(Response.ok(), users.get(id, projection, base(uri)), projection);
    }

    /** RFC 7644 section 3.4.2: filter, sortBy, sortOrder, startIndex, count, attributes; RFC 9865 cursor. */
    @GET
    public String list(@Context UriInfo uri) {
        return list(ListQuery.of(ListParams.of(uri), listSettings.defaultCount(), listSettings.maxResults()), uri);
    }

    /** RFC 7644 section 3.4.3. */
    @POST
    @Path(".search")
    public String search(String body, @Context UriInfo uri) {
        return list(ListQuery.ofSearchRequest(JsonBodies.readObject(body), listSettings.defaultCount(),
                listSettings.maxResults()), uri);
    }

    /** RFC 7644 section 3.5.1. */
    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            String body, @Context UriInfo uri, @Context SecurityContext security) {
        return withVersion(Response.ok(), users.replace(id, JsonBodies.readObject(body), ifMatch, caller(security),
                        base(uri)),
                Projection.ALL);
    }

    /** RFC 7644 section 3.5.2: answers 200 with the user as it is now. */
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          String body, @Context UriInfo uri, @Context SecurityContext security) {
        return withVersion(Response.ok(), users.patch(id, JsonBodies.readObject(body), ifMatch, caller(security),
                        base(uri)),
                Projection.ALL);
    }

    /** RFC 7644 section 3.6. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context SecurityContext security) {
        users.delete(id, ifMatch, caller(security));
        return Response.noContent().build();
    }

    private String list(ListQuery query, UriInfo uri) {
        UserPage page = users.list(query, base(uri));
        List<JsonObject> resources = page.users().stream().map(u -> query.projection().apply(u, Schemas.USER)).toList();
        return (query.byCursor() ? ListResponse.ofCursor(page.total(), resources, page.nextCursor())
                : ListResponse.of(page.total(), query.startIndex(), resources)).toString();
    }

    private Response withVersion(Response.ResponseBuilder response, StoredUser user, Projection projection) {
        JsonObject document = projection.apply(user.document(), Schemas.USER);
        return response.header(HttpHeaders.ETAG, user.etag())
                .type(ScimError.SCIM_JSON)
                .entity(document.toString())
                .build();
    }

    private static URI base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("Users/").build();
    }

    private static TokenPrincipal caller(SecurityContext security) {
        return (TokenPrincipal) security.getUserPrincipal();
    }
}
