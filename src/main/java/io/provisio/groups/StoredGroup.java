package io.provisio.groups;

import jakarta.json.JsonObject;

/** A group as stored now: its member-less document and its entity tag. */
public record StoredGroup(String id, JsonObject header, String etag) {
}
