package io.provisio.groups;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.Projection;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Writes groups to the response as their members come from the database, {@link #CHUNK} at a
 * time, so a group of 100,000 members never sits in memory. Each chunk is read in a transaction
 * of its own: a change between chunks shows in the later ones (as with any paged read). When the
 * projection leaves {@code members} out, no member query runs at all.
 */
final class GroupStream {

    static final int CHUNK = 1000;

    /** Where member chunks come from: the service, one transaction per call. */
    interface MemberSource {
        List<Member> after(String groupId, String afterUserId, int limit);
    }

    private final MemberSource source;
    private final URI usersBase;
    private final Projection projection;
    private final Set<String> memberKeys;

    GroupStream(MemberSource source, URI usersBase, Projection projection) {
        this.source = source;
        this.usersBase = usersBase;
        this.projection = projection;
        this.memberKeys = projection.keptSubAttributes(Schemas.GROUP, "members");
    }

    StreamingOutput one(JsonObject header) {
        return output -> {
            try (JsonGenerator json = JSON.createGenerator(output)) {
                write(json, header);
            }
        };
    }

    /** A ListResponse (RFC 7644 section 3.4.2) of member-less documents, members streamed in. */
    StreamingOutput list(long total, int startIndex, List<JsonObject> headers) {
        return output -> {
            try (JsonGenerator json = JSON.createGenerator(output)) {
                json.writeStartObject()
                        .writeStartArray("schemas").write(Schemas.LIST_RESPONSE).writeEnd()
                        .write("totalResults", total)
                        .write("startIndex", startIndex)
                        .write("itemsPerPage", headers.size());
                resources(json, headers);
            }
        };
    }

    /** The same for a page by cursor (RFC 9865): no startIndex, nextCursor on every page but the last. */
    StreamingOutput cursorList(long total, String nextCursor, List<JsonObject> headers) {
        return output -> {
            try (JsonGenerator json = JSON.createGenerator(output)) {
                json.writeStartObject()
                        .writeStartArray("schemas").write(Schemas.LIST_RESPONSE).writeEnd()
                        .write("totalResults", total)
                        .write("itemsPerPage", headers.size());
                if (nextCursor != null) {
                    json.write("nextCursor", nextCursor);
                }
                resources(json, headers);
            }
        };
    }

    private void resources(JsonGenerator json, List<JsonObject> headers) {
        json.writeStartArray("Resources");
        headers.forEach(header -> write(json, header));
        json.writeEnd().writeEnd();
    }

    private void write(JsonGenerator json, JsonObject header) {
        JsonObject projected = projection.apply(header, Schemas.GROUP);
        json.writeStartObject();
        projected.forEach((key, value) -> {
            if (!key.equals("meta")) {
                json.write(key, value);
            }
        });
        if (!memberKeys.isEmpty()) {
            writeMembers(json, header.getString("id"));
        }
        if (projected.containsKey("meta")) {
            json.write("meta", projected.get("meta"));
        }
        json.writeEnd();
    }

    private void writeMembers(JsonGenerator json, String groupId) {
        String after = "";
        boolean open = false;
        List<Member> chunk;
        do {
            chunk = source.after(groupId, after, CHUNK);
            if (!chunk.isEmpty() && !open) {
                json.writeStartArray("members");
                open = true;
            }
            chunk.forEach(member -> writeMember(json, member));
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).userId();
            json.flush();
        } while (chunk.size() == CHUNK);
        if (open) {
            json.writeEnd();
        }
    }

    private void writeMember(JsonGenerator json, Member member) {
        json.writeStartObject();
        put(json, "value", member.userId());
        put(json, "$ref", usersBase.resolve(member.userId()).toString());
        put(json, "display", member.display());
        put(json, "type", "User");
        json.writeEnd();
    }

    private void put(JsonGenerator json, String key, String value) {
        if (value != null && memberKeys.contains(key)) {
            json.write(key, value);
        }
    }
}
