package io.provisio.groups;

/** What an IdP did to a group, named as the audit trail shows it. */
public enum GroupAction {
    CREATED("Group Created"),
    UPDATED("Group Updated"),
    DELETED("Group Deleted"),
    MEMBERS_CHANGED("Group Members Changed");

    private final String eventName;

    GroupAction(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
