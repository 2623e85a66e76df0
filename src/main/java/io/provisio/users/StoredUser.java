package io.provisio.users;

import jakarta.json.JsonObject;

/** A user's SCIM document as stored now, with its entity tag. */
public record StoredUser(String id, JsonObject document, String etag) {
}
