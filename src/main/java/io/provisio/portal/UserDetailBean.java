package io.provisio.portal;

import io.provisio.audit.AuditCriteria;
import io.provisio.audit.AuditEntry;
import io.provisio.audit.AuditQuery;
import io.provisio.groups.UserGroup;
import io.provisio.groups.UserGroups;
import io.provisio.users.UserDetail;
import io.provisio.users.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * One user (user.xhtml?id=...): the stored attributes, where it came from, its groups (the first
 * {@value #GROUPS} by displayName, and how many there are) and its audit events.
 */
@Named("userDetail")
@RequestScoped
public class UserDetailBean {

    static final int EVENTS = 20;
    static final int GROUPS = 100;

    @Inject
    UserService users;

    @Inject
    AuditQuery audit;

    @Inject
    UserGroups userGroups;

    private String id;
    private UserDetail user;
    private List<AuditEntry> events = List.of();
    private UserGroups.Listing groups = new UserGroups.Listing(List.of(), 0);

    @PostConstruct
    void load() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        user = users.detail(id).orElse(null);
        if (user != null) {
            // user events name the user's id as their target
            groups = userGroups.first(user.summary().id(), GROUPS);
            events = audit.page(new AuditCriteria(List.of(), null, null, user.summary().id()), 0, EVENTS).entries();
        }
    }

    public boolean isFound() {
        return user != null;
    }

    public String getId() {
        return id;
    }

    public UserDetail getUser() {
        return user;
    }

    public List<Map.Entry<String, String>> getCustomValues() {
        return user == null ? List.of() : List.copyOf(user.customValues().entrySet());
    }

    public List<UserGroup> getGroups() {
        return groups.groups();
    }

    /** How many groups the user is in, also those beyond the ones shown. */
    public long getGroupCount() {
        return groups.total();
    }

    public boolean isGroupsCapped() {
        return groups.total() > groups.groups().size();
    }

    public List<AuditEntry> getEvents() {
        return events;
    }
}
