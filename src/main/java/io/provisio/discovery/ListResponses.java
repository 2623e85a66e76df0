package io.provisio.discovery;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The ListResponse of RFC 7644 section 3.4.2 for the discovery lists, which are small and whole:
 * RFC 7644 section 4 lets a server ignore filtering and paging on them.
 */
final class ListResponses {

    private ListResponses() {
    }

    static JsonObject of(List<JsonObject> resources) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        resources.forEach(array::add);
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(Schemas.LIST_RESPONSE))
                .add("totalResults", resources.size())
                .add("startIndex", 1)
                .add("itemsPerPage", resources.size())
                .add("Resources", array)
                .build();
    }
}
