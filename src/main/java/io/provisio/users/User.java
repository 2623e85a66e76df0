package io.provisio.users;

import io.provisio.groups.UserGroup;
import io.provisio.platform.RowIds;
import io.provisio.scim.schema.Names;
import io.provisio.tokens.IdentityProvider;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A provisioned user. userName is fixed at creation (the seed: it cannot change once
 * provisioned); only the attributes the seed lists as updatable have setters.
 */
@Entity
@Table(name = "scim_user")
public class User {

    @Id
    private String id;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String userName;

    @Column(name = "user_name_lower", nullable = false, updatable = false)
    private String userNameLower;

    // the canonical form (Names.key): names a person cannot tell apart share it, and its unique key
    @Column(name = "user_name_key", nullable = false, updatable = false)
    private String userNameKey;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(nullable = false)
    private boolean active;

    private String department;

    @ElementCollection
    @CollectionTable(name = "user_email", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<Email> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "user_custom_value", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "attribute_id")
    private Map<String, CustomValue> customValues = new HashMap<>();

    // read only (the view user_group), and read only by a query that fetches it: see groups()
    @OneToMany(mappedBy = "user")
    private Set<Membership> memberships = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_modified", nullable = false)
    private OffsetDateTime lastModified;

    @Version
    private long version;

    @Column(name = "provisioned_by", updatable = false)
    private String provisionedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "provisioned_idp", updatable = false)
    private IdentityProvider provisionedIdp;

    protected User() {
        // for JPA
    }

    User(String userName, String externalId, String tokenId, IdentityProvider idp, OffsetDateTime now) {
        this.id = RowIds.next();
        this.userName = Objects.requireNonNull(userName, "userName");
        this.userNameLower = lower(userName);
        this.userNameKey = Names.key(userName);
        this.externalId = externalId;
        this.active = true;
        this.provisionedBy = tokenId;
        this.provisionedIdp = idp;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.lastModified = now;
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Whether a userName sent on update is this user's own (case does not count). */
    boolean isOwnUserName(String candidate) {
        return candidate != null && lower(candidate).equals(userNameLower);
    }

    /** Whether a valid userName is this user's own under the canonical form: a name that looks the same. */
    boolean isTwinOfUserName(String candidate) {
        return Names.key(candidate).equals(userNameKey);
    }

    void update(UserAttributes attributes, OffsetDateTime now) {
        this.displayName = attributes.displayName();
        this.givenName = attributes.givenName();
        this.familyName = attributes.familyName();
        if (attributes.active() != null) {
            this.active = attributes.active();
        }
        this.department = attributes.department();
        this.emails.clear();
        this.emails.addAll(attributes.emails());
        this.customValues.clear();
        this.customValues.putAll(attributes.customValues());
        this.lastModified = now;
    }

    void assignExternalId(String value) {
        this.externalId = value;
    }

    public String id() {
        return id;
    }

    public String userName() {
        return userName;
    }

    public String externalId() {
        return externalId;
    }

    public String displayName() {
        return displayName;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public boolean active() {
        return active;
    }

    public String department() {
        return department;
    }

    public List<Email> emails() {
        return List.copyOf(emails);
    }

    /**
     * The user's direct groups by displayName, for a user read with {@code JOIN FETCH
     * u.memberships} ({@link UserRepository}); any other read gets them from the membership query.
     */
    List<UserGroup> groups() {
        return memberships.stream().sorted(Membership.BY_DISPLAY_NAME).map(Membership::group).toList();
    }

    Map<String, CustomValue> customValues() {
        return Map.copyOf(customValues);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime lastModified() {
        return lastModified;
    }

    public long version() {
        return version;
    }

    public String provisionedBy() {
        return provisionedBy;
    }

    public IdentityProvider provisionedIdp() {
        return provisionedIdp;
    }
}
