package io.provisio.groups;

import io.provisio.platform.JsonBodies;
import io.provisio.platform.ScimListSettings;
import io.provisio.scim.ListQuery;
import io.provisio.scim.Projection;
import io.provisio.scim.ScimError;
import io.provisio.tokens.TokenPrincipal;
import io.provisio.users.ListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/**
 * The SCIM Groups endpoint (RFC 7644 section 3): HTTP in, a service call, HTTP out. Bodies are
 * streamed so members flow from the database to the client in chunks. Writes run through
 * {@link RaceRetry}, which repeats a transaction that lost a race on membership rows.
 *
 * <p>One instance for the application, with the request's URI and caller passed to each method,
 * as in {@code UsersResource}: a request-scoped resource made Jersey inject its fields through HK2
 * on every request.
 */
@Path("Groups")
@ApplicationScoped
@Produces({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Consumes({ScimError.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class GroupsResource {

    @Inject
    GroupService groups;

    @Inject
    ScimListSettings listSettings;

    /** RFC 7644 section 3.3: 201 with Location and ETag. */
    @POST
    public Response create(String body, @Context UriInfo uri, @Context SecurityContext security) {
        URI base = base(uri);
        StoredGroup group = RaceRetry.run(() -> groups.create(JsonBodies.readObject(body), caller(security), base));
        return withVersion(Response.created(base.resolve(group.id())), group, Projection.ALL, uri);
    }

    /** RFC 7644 section 3.4.1; {@code excludedAttributes=members} runs no member query. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("attributes") String attributes,
                        @QueryParam("excludedAttributes") String excluded, @Context UriInfo uri) {
        return withVersion(Response.ok(), groups.get(id, base(uri)), Projection.of(attributes, excluded), uri);
    }

    /** RFC 7644 section 3.4.2: filter, sortBy, sortOrder, startIndex, count, attributes; RFC 9865 cursor. */
    @GET
    public Response list(@Context UriInfo uri) {
        return list(ListQuery.of(ListParams.of(uri), listSettings.defaultCount(), listSettings.maxResults()), uri);
    }

    /** RFC 7644 section 3.4.3. */
    @POST
    @Path(".search")
    public Response search(String body, @Context UriInfo uri) {
        return list(ListQuery.ofSearchRequest(JsonBodies.readObject(body), listSettings.defaultCount(),
                listSettings.maxResults()), uri);
    }

    /** RFC 7644 section 3.5.1. */
    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            String body, @Context UriInfo uri, @Context SecurityContext security) {
        URI base = base(uri);
        TokenPrincipal caller = caller(security);
        StoredGroup group = RaceRetry.run(() -> groups.replace(id, JsonBodies.readObject(body), ifMatch, caller, base));
        return withVersion(Response.ok(), group, Projection.ALL, uri);
    }

    /**
     * RFC 7644 section 3.5.2: 204 with the new ETag, which the RFC allows and Entra ID and Okta
     * accept, so adding one member never writes out 100,000; 200 with the group when the client
     * asks for it with {@code attributes} or {@code excludedAttributes}.
     */
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @QueryParam("attributes") String attributes,
                          @QueryParam("excludedAttributes") String excluded, String body,
                          @Context UriInfo uri, @Context SecurityContext security) {
        URI base = base(uri);
        TokenPrincipal caller = caller(security);
        StoredGroup group = RaceRetry.run(() -> groups.patch(id, JsonBodies.readObject(body), ifMatch, caller, base));
        if (attributes == null && excluded == null) {
            return Response.noContent().header(HttpHeaders.ETAG, group.etag()).build();
        }
        return withVersion(Response.ok(), group, Projection.of(attributes, excluded), uri);
    }

    /** RFC 7644 section 3.6. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context SecurityContext security) {
        TokenPrincipal caller = caller(security);
        RaceRetry.run(() -> {
            groups.delete(id, ifMatch, caller);
            return null;
        });
        return Response.noContent().build();
    }

    private Response list(ListQuery query, UriInfo uri) {
        GroupPage page = groups.list(query, base(uri));
        GroupStream stream = stream(query.projection(), uri);
        return Response.ok(query.byCursor() ? stream.cursorList(page.total(), page.nextCursor(), page.groups())
                        : stream.list(page.total(), query.startIndex(), page.groups()))
                .type(ScimError.SCIM_JSON).build();
    }

    private Response withVersion(Response.ResponseBuilder response, StoredGroup group, Projection projection,
                                 UriInfo uri) {
        return response.header(HttpHeaders.ETAG, group.etag())
                .type(ScimError.SCIM_JSON)
                .entity(stream(projection, uri).one(group.header()))
                .build();
    }

    private GroupStream stream(Projection projection, UriInfo uri) {
        return new GroupStream(groups::membersAfter, uri.getBaseUriBuilder().path("Users/").build(), projection);
    }

    private static URI base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("Groups/").build();
    }

    private static TokenPrincipal caller(SecurityContext security) {
        return (TokenPrincipal) security.getUserPrincipal();
    }
}
