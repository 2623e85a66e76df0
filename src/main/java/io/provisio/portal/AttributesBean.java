package io.provisio.portal;

import io.provisio.attributes.CustomAttributeConflictException;
import io.provisio.attributes.CustomAttributeNotFoundException;
import io.provisio.attributes.CustomAttributeService;
import io.provisio.attributes.CustomAttributeType;
import io.provisio.attributes.CustomAttributeView;
import io.provisio.attributes.IgnoredAttributeView;
import io.provisio.attributes.IgnoredAttributes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Admin > Identity > SCIM Attributes: define and remove custom attributes, and see what IdPs send
 * that Provisio does not keep. The rules and their messages are {@link CustomAttributeService}'s.
 */
@Named("attributes")
@ViewScoped
public class AttributesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomAttributeService service;

    @Inject
    IgnoredAttributes ignoredAttributes;

    @Inject
    PortalUser user;

    private String name;
    private String type = CustomAttributeType.STRING.keyword();
    /** Reread after every action; transient since views may be serialized and the lists are small. */
    private transient List<CustomAttributeView> rows;
    private transient List<IgnoredAttributeView> ignored;

    @PostConstruct
    void load() {
        rows = service.list();
        ignored = ignoredAttributes.list();
    }

    public void define() {
        try {
            CustomAttributeView defined = service.define(name, type, user.actor());
            PortalMessages.info("Custom attribute '" + defined.name() + "' (" + defined.type() + ") defined.");
            name = null;
        } catch (IllegalArgumentException | CustomAttributeConflictException refused) {
            PortalMessages.error(refused.getMessage());
        }
        load();
    }

    public void remove(String id, String attributeName) {
        try {
            service.remove(id, user.actor());
            PortalMessages.info("Custom attribute '" + attributeName + "' removed, with its user values.");
        } catch (CustomAttributeNotFoundException gone) {
            PortalMessages.warn("That attribute no longer exists; the table has been refreshed.");
        }
        load();
    }

    /** Empties the ignored-attribute report, audited as the admin API's clear is. */
    public void clearIgnored() {
        long rows = ignoredAttributes.clear(user.actor());
        PortalMessages.info("Ignored attributes cleared (" + rows + " row(s)).");
        load();
    }

    public List<String> getTypes() {
        return Arrays.stream(CustomAttributeType.values()).map(CustomAttributeType::keyword).toList();
    }

    public List<CustomAttributeView> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public List<IgnoredAttributeView> getIgnored() {
        if (ignored == null) {
            load();
        }
        return ignored;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
