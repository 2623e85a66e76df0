package io.provisio.attributes;

import io.provisio.platform.RowIds;
import io.provisio.scim.schema.AttributeDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An attribute of the custom user extension, defined by an admin
 * ({@code urn:ietf:params:scim:schemas:extension:ivanti:2.0:User:<name>}).
 */
@Entity
@Table(name = "custom_attribute")
@NamedQuery(name = CustomAttribute.ALL, query = "SELECT a FROM CustomAttribute a ORDER BY a.nameLower")
@NamedQuery(name = CustomAttribute.BY_NAME, query = "SELECT a FROM CustomAttribute a WHERE a.nameLower = :name")
public class CustomAttribute {

    public static final String ALL = "CustomAttribute.all";
    public static final String BY_NAME = "CustomAttribute.byName";
    /** RFC 7643 section 2.1 ATTRNAME: a letter, then letters, digits, '-' or '_'; kept short. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_lower", nullable = false)
    private String nameLower;

    @Enumerated(EnumType.STRING)
    @Column(name = "attr_type", nullable = false)
    private CustomAttributeType type;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CustomAttribute() {
        // for JPA
    }

    public CustomAttribute(String name, CustomAttributeType type, OffsetDateTime createdAt) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A custom attribute name starts with a letter and has only letters, "
                    + "digits, '-' and '_' (at most 64 characters): " + name);
        }
        this.id = RowIds.next();
        this.name = name;
        this.nameLower = name.toLowerCase(Locale.ROOT);
        this.type = Objects.requireNonNull(type, "type");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CustomAttributeType type() {
        return type;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** The attribute as the custom extension schema shows it. */
    public AttributeDefinition definition() {
        return AttributeDefinition.of(name, type.scimType());
    }
}
