package io.provisio.groups;

import io.provisio.platform.RowIds;
import io.provisio.scim.schema.Names;
import io.provisio.tokens.IdentityProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A provisioned group. It deliberately has no members collection: membership lives in
 * {@code group_member} and is written by {@link GroupMembers} with bulk statements.
 */
@Entity(name = "ScimGroup") // "Group" is a JPQL keyword
@Table(name = "scim_group")
@NamedQuery(name = Group.SNAPSHOT, query = "SELECT NEW io.provisio.groups.Group(g.id, g.displayName, g.externalId, "
        + "g.createdAt, g.lastModified, g.version, g.provisionedBy, g.provisionedIdp) FROM ScimGroup g WHERE g.id = :id")
public class Group {

    /** The group as a plain object, never managed: see {@code GroupRepository#snapshot}. */
    static final String SNAPSHOT = "ScimGroup.snapshot";

    @Id
    private String id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "display_name_lower", nullable = false)
    private String displayNameLower;

    // the canonical form (Names.key): names a person cannot tell apart share it, and its unique key
    @Column(name = "display_name_key", nullable = false)
    private String displayNameKey;

    @Column(name = "external_id")
    private String externalId;

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

    protected Group() {
        // for JPA
    }

    Group(GroupAttributes attributes, String tokenId, IdentityProvider idp, OffsetDateTime now) {
        this.id = RowIds.next();
        this.provisionedBy = tokenId;
        this.provisionedIdp = idp;
        this.createdAt = Objects.requireNonNull(now, "now");
        update(attributes, now);
    }

    /**
     * The row as read by {@link #SNAPSHOT}; a JPQL constructor result is not an entity of the
     * persistence context, so nothing tracks or writes it. Public for the JPA provider only.
     */
    public Group(String id, String displayName, String externalId, OffsetDateTime createdAt,
                 OffsetDateTime lastModified, long version, String provisionedBy, IdentityProvider provisionedIdp) {
        this.id = id;
        this.displayName = displayName;
        this.displayNameLower = lower(displayName);
        this.displayNameKey = Names.key(displayName);
        this.externalId = externalId;
        this.createdAt = createdAt;
        this.lastModified = lastModified;
        this.version = version;
        this.provisionedBy = provisionedBy;
        this.provisionedIdp = provisionedIdp;
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Whether the attributes differ from the stored ones (so an update is worth a version). */
    boolean differsFrom(GroupAttributes attributes) {
        return !displayName.equals(attributes.displayName()) || !Objects.equals(externalId, attributes.externalId());
    }

    void update(GroupAttributes attributes, OffsetDateTime now) {
        this.displayName = Objects.requireNonNull(attributes.displayName(), "displayName");
        this.displayNameLower = lower(displayName);
        this.displayNameKey = Names.key(displayName);
        this.externalId = attributes.externalId();
        this.lastModified = now;
    }

    /**
     * What the database holds after {@code GroupRepository.touch} bumped this group's version by
     * one; only on a group that is not managed (a snapshot, or detached), so nothing writes it again.
     */
    void bumped(OffsetDateTime now) {
        this.version++;
        this.lastModified = now;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String externalId() {
        return externalId;
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

    public IdentityProvider provisionedIdp() {
        return provisionedIdp;
    }

    /** The id of the token that created the group. */
    public String provisionedBy() {
        return provisionedBy;
    }
}
