package io.provisio.bench.minimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** PATCH /Groups/{id} with {@code add members}, the only operation the bench's sync cycle sends. */
@Path("/Groups")
@ApplicationScoped
public class GroupsEndpoint {

    @Inject
    MinimalStore store;

    @PATCH
    @Path("{id}")
    @Consumes({UsersEndpoint.SCIM_JSON, "application/json"})
    public Response patch(@PathParam("id") String id, InputStream body) {
        List<String> added = new ArrayList<>();
        try (JsonReader reader = UsersEndpoint.JSON.createReader(body)) {
            JsonObject patch = reader.readObject();
            for (JsonValue op : patch.getJsonArray("Operations")) {
                JsonObject operation = op.asJsonObject();
                if (!"add".equalsIgnoreCase(operation.getString("op")) || !"members".equals(operation.getString("path"))) {
                    return UsersEndpoint.error(400, "invalidPath");
                }
                for (JsonValue member : operation.getJsonArray("value")) {
                    added.add(member.asJsonObject().getString("value"));
                }
            }
        } catch (RuntimeException e) {
            return UsersEndpoint.error(400, "invalidSyntax");
        }
        return store.addMembers(id, added) ? Response.noContent().build() : UsersEndpoint.error(404, null);
    }
}
