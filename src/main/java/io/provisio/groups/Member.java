package io.provisio.groups;

/** A member as a group shows it: the user's id and display (displayName, else userName). */
record Member(String userId, String display) {
}
