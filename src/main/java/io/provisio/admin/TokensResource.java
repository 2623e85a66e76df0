package io.provisio.admin;

import io.provisio.platform.JsonBodies;
import io.provisio.tokens.IdentityProvider;
import io.provisio.tokens.IssuedToken;
import io.provisio.tokens.TargetUrl;
import io.provisio.tokens.TokenService;
import io.provisio.tokens.TokenView;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;

/** Generate, list, activate, deactivate, renew and remove SCIM tokens (the seed's procedures). */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    TokenService tokens;

    @Inject
    TargetUrl targetUrl;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    public List<TokenView> list() {
        return tokens.list();
    }

    /** {@code {"idp":"ENTRA_ID"}}: 201 with the secret, shown only here. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response generate(String body) {
        IssuedToken issued = tokens.generate(idp(JsonBodies.readObject(body)), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.token().id()).build())
                .cacheControl(noStore())
                .entity(IssuedTokenResponse.of(issued, scimUrl()))
                .build();
    }

    @POST
    @Path("{id}/activate")
    public TokenView activate(@PathParam("id") String id) {
        return tokens.activate(id, actor());
    }

    @POST
    @Path("{id}/deactivate")
    public TokenView deactivate(@PathParam("id") String id) {
        return tokens.deactivate(id, actor());
    }

    /** A new secret, shown only here; the old one stops working at once. */
    @POST
    @Path("{id}/renew")
    public Response renew(@PathParam("id") String id) {
        return Response.ok(IssuedTokenResponse.of(tokens.renew(id, actor()), scimUrl()))
                .cacheControl(noStore())
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        tokens.remove(id, actor());
        return Response.noContent().build();
    }

    private static IdentityProvider idp(JsonObject request) {
        JsonValue value = request.get("idp");
        String code = value instanceof JsonString s ? s.getString() : null;
        return IdentityProvider.byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "Unknown or missing \"idp\": " + value + ". Expected one of "
                        + Arrays.toString(IdentityProvider.values()) + "."));
    }

    private String scimUrl() {
        return targetUrl.of(uri.getBaseUri().resolve("../../"));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
