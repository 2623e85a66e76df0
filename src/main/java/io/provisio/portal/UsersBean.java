package io.provisio.portal;

import io.provisio.users.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Users: every provisioned user, searched, sorted and paged by the database. */
@Named("userList")
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private String text;
    private UserLazyModel model;

    @PostConstruct
    void init() {
        model = new UserLazyModel(users);
    }

    public void search() {
        model.search(text);
    }

    public void clear() {
        text = null;
        search();
    }

    public UserLazyModel getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
