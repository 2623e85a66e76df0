package io.provisio.portal;

import io.provisio.groups.GroupService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Groups: every provisioned group, searched, sorted and paged by the database. */
@Named("groupList")
@ViewScoped
public class GroupsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupService groups;

    private String text;
    private GroupLazyModel model;

    @PostConstruct
    void init() {
        model = new GroupLazyModel(groups);
    }

    public void search() {
        model.search(text);
    }

    public void clear() {
        text = null;
        search();
    }

    public GroupLazyModel getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
