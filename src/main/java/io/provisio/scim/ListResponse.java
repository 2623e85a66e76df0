package io.provisio.scim;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The ListResponse message (RFC 7644 section 3.4.2). totalResults is all matches, not the page. */
public final class ListResponse {

    private ListResponse() {
    }

    public static JsonObject of(long totalResults, int startIndex, List<JsonObject> resources) {
        JsonArrayBuilder page = JSON.createArrayBuilder();
        resources.forEach(page::add);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(Schemas.LIST_RESPONSE))
                .add("totalResults", totalResults)
                .add("startIndex", startIndex)
                .add("itemsPerPage", resources.size())
                .add("Resources", page);
        return body.build();
    }

    /**
     * A page by cursor (RFC 9865 section 2.1): no startIndex, and {@code nextCursor} on every page
     * but the last, so its absence alone says the listing is complete.
     */
    public static JsonObject ofCursor(long totalResults, List<JsonObject> resources, String nextCursor) {
        JsonArrayBuilder page = JSON.createArrayBuilder();
        resources.forEach(page::add);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(Schemas.LIST_RESPONSE))
                .add("totalResults", totalResults)
                .add("itemsPerPage", resources.size());
        if (nextCursor != null) {
            body.add("nextCursor", nextCursor);
        }
        return body.add("Resources", page).build();
    }
}
