package io.provisio.groups;

/** A group a user belongs to directly, for the user's read-only {@code groups} attribute. */
public record UserGroup(String groupId, String displayName) {
}
