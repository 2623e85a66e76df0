package io.provisio.groups;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/**
 * A group as SCIM shows it (RFC 7643 section 4.2), without its members: they are streamed from
 * the database by {@link GroupStream}, never held in a document.
 */
final class GroupWriter {

    private GroupWriter() {
    }

    static JsonObject header(Group group, URI location) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(Schemas.GROUP))
                .add("id", group.id());
        if (group.externalId() != null) {
            json.add("externalId", group.externalId());
        }
        return json.add("displayName", group.displayName())
                .add("meta", JSON.createObjectBuilder()
                        .add("resourceType", "Group")
                        .add("created", group.createdAt().toInstant().toString())
                        .add("lastModified", group.lastModified().toInstant().toString())
                        .add("location", location.toString())
                        .add("version", etag(group)))
                .build();
    }

    /** The weak entity tag of the group's current version (RFC 7644 section 3.14). */
    static String etag(Group group) {
        return "W/\"" + group.version() + "\"";
    }

    static JsonObject withoutMeta(JsonObject document) {
        var copy = JSON.createObjectBuilder(document);
        copy.remove("meta");
        return copy.build();
    }
}
