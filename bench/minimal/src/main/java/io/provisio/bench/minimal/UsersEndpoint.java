package io.provisio.bench.minimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** POST /Users and the {@code userName eq} look-up, with the least parsing and writing that answers them. */
@Path("/Users")
@ApplicationScoped
public class UsersEndpoint {

    static final String SCIM_JSON = "application/scim+json";
    /** One provider for every request: {@code Json.create*} looks it up again on each call. */
    static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern USER_NAME_EQ = Pattern.compile("userName eq \"([^\"]*)\"");

    @Inject
    MinimalStore store;

    @POST
    @Consumes({SCIM_JSON, "application/json"})
    @Produces(SCIM_JSON)
    public Response create(InputStream body) {
        Parsed in = parse(body);
        if (in.error != null) {
            return in.error;
        }
        try {
            store.create(in.user);
        } catch (RuntimeException e) {
            return error(409, "uniqueness");
        }
        return created(in.user);
    }

    /**
     * POST /Users without the database: the same body read and the same 201 document, nothing
     * stored. {@code bench/floor.sh} times it as what the stack costs a POST before any SQL.
     */
    @POST
    @Path("dry")
    @Consumes({SCIM_JSON, "application/json"})
    @Produces(SCIM_JSON)
    public Response createDry(InputStream body) {
        Parsed in = parse(body);
        return in.error != null ? in.error : created(in.user);
    }

    /** The user a POST body describes, or the 400 that answers it. */
    private record Parsed(MinimalUser user, Response error) {
    }

    private static Parsed parse(InputStream body) {
        JsonObject in;
        try (JsonReader reader = JSON.createReader(body)) {
            in = reader.readObject();
        } catch (RuntimeException e) {
            return new Parsed(null, error(400, "invalidSyntax"));
        }
        if (!(in.get("userName") instanceof JsonString userName) || userName.getString().isBlank()) {
            return new Parsed(null, error(400, "invalidValue"));
        }
        MinimalUser user = new MinimalUser(userName.getString());
        user.externalId = in.getString("externalId", null);
        user.displayName = in.getString("displayName", null);
        user.active = in.getBoolean("active", true);
        if (in.get("name") instanceof JsonObject name) {
            user.givenName = name.getString("givenName", null);
            user.familyName = name.getString("familyName", null);
        }
        if (in.get("emails") instanceof jakarta.json.JsonArray emails) {
            for (JsonValue e : emails) {
                JsonObject email = e.asJsonObject();
                user.emails.add(new MinimalEmail(email.getString("value"), email.getString("type", null),
                        email.getBoolean("primary", false)));
            }
        }
        return new Parsed(user, null);
    }

    private static Response created(MinimalUser user) {
        URI location = URI.create("/scim/v2/Users/" + user.id);
        return Response.created(location).tag(new EntityTag(Long.toString(user.version), true))
                .entity(write(user, location).toString()).build();
    }

    @GET
    @Produces(SCIM_JSON)
    public Response lookUp(@QueryParam("filter") String filter) {
        Matcher m = filter == null ? null : USER_NAME_EQ.matcher(filter);
        if (m == null || !m.matches()) {
            return error(400, "invalidFilter");
        }
        List<MinimalUser> users = store.byUserName(m.group(1));
        JsonArrayBuilder resources = JSON.createArrayBuilder();
        users.forEach(u -> resources.add(write(u, URI.create("/scim/v2/Users/" + u.id))));
        return Response.ok(JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
                .add("totalResults", users.size()).add("startIndex", 1).add("itemsPerPage", users.size())
                .add("Resources", resources).build().toString()).build();
    }

    private static JsonObject write(MinimalUser user, URI location) {
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:User"))
                .add("id", user.id).add("userName", user.userName).add("active", user.active);
        if (user.externalId != null) {
            out.add("externalId", user.externalId);
        }
        if (user.displayName != null) {
            out.add("displayName", user.displayName);
        }
        JsonObjectBuilder name = JSON.createObjectBuilder();
        if (user.givenName != null) {
            name.add("givenName", user.givenName);
        }
        if (user.familyName != null) {
            name.add("familyName", user.familyName);
        }
        out.add("name", name);
        JsonArrayBuilder emails = JSON.createArrayBuilder();
        for (MinimalEmail e : user.emails) {
            JsonObjectBuilder email = JSON.createObjectBuilder().add("value", e.value).add("primary", e.primary);
            if (e.type != null) {
                email.add("type", e.type);
            }
            emails.add(email);
        }
        out.add("emails", emails);
        out.add("meta", JSON.createObjectBuilder().add("resourceType", "User")
                .add("created", user.created.toString()).add("lastModified", user.lastModified.toString())
                .add("version", "W/\"" + user.version + "\"").add("location", location.toString()));
        return out.build();
    }

    static Response error(int status, String scimType) {
        JsonObjectBuilder error = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:Error"))
                .add("status", Integer.toString(status));
        if (scimType != null) {
            error.add("scimType", scimType);
        }
        return Response.status(status).type(SCIM_JSON).entity(error.build().toString()).build();
    }
}
