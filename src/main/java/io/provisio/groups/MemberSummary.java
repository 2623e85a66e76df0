package io.provisio.groups;

/** A member as the portal lists it: the user's id, userName and displayName (may be null). */
public record MemberSummary(String userId, String userName, String displayName) {
}
