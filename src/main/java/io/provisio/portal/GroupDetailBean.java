package io.provisio.portal;

import io.provisio.groups.GroupDetail;
import io.provisio.groups.GroupService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One group (group.xhtml?id=...): its attributes, where it came from, and its members in a lazy
 * table. View scoped, so the members' paging (ajax) keeps the group the page was opened for.
 */
@Named("groupDetail")
@ViewScoped
public class GroupDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupService groups;

    private String id;
    private GroupDetail group;
    private GroupMemberLazyModel members;

    @PostConstruct
    void load() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        group = groups.detail(id).orElse(null);
        if (group != null) {
            members = new GroupMemberLazyModel(groups, group.summary().id());
        }
    }

    public boolean isFound() {
        return group != null;
    }

    public String getId() {
        return id;
    }

    public GroupDetail getGroup() {
        return group;
    }

    public GroupMemberLazyModel getMembers() {
        return members;
    }
}
