package io.provisio.groups;

/** The attributes of a group other than its members, as a client sent them. */
record GroupAttributes(String displayName, String externalId) {
}
