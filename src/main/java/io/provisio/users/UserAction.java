package io.provisio.users;

/** What an IdP did to a user, named as the audit trail shows it. */
public enum UserAction {
    CREATED("User Provisioned"),
    UPDATED("User Updated"),
    DEACTIVATED("User Deactivated"),
    REACTIVATED("User Reactivated"),
    DELETED("User Deleted");

    private final String eventName;

    UserAction(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
