package io.provisio.tokens;

/** What an admin did to a token, named as the audit trail shows it. */
public enum TokenAction {
    CREATED("SCIM Token Created"),
    ENABLED("SCIM Token Enabled"),
    DISABLED("SCIM Token Disabled"),
    RENEWED("SCIM Token Renewed"),
    DELETED("SCIM Token Deleted");

    private final String eventName;

    TokenAction(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
