package io.provisio.tokens;

import io.provisio.platform.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A bearer token an identity provider uses for SCIM calls. Only the secret's hash is kept. */
@Entity
@Table(name = "scim_token")
@NamedQuery(name = ScimToken.ALL, query = "SELECT t FROM ScimToken t ORDER BY t.createdAt, t.id")
@NamedQuery(name = ScimToken.BY_HASH, query = "SELECT t FROM ScimToken t WHERE t.secretHash = :hash")
@NamedQuery(name = ScimToken.TOUCH,
        query = "UPDATE ScimToken t SET t.lastUsedAt = :at WHERE t.id = :id")
public class ScimToken {

    static final String ALL = "ScimToken.all";
    static final String BY_HASH = "ScimToken.byHash";
    static final String TOUCH = "ScimToken.touch";

    @Id
    private String id;

    @Column(nullable = false)
    private int slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentityProvider idp;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "renewed_at")
    private OffsetDateTime renewedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected ScimToken() {
        // for JPA
    }

    ScimToken(int slot, IdentityProvider idp, String secretHash, String createdBy,
              OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        if (slot < 1 || slot > TokenService.MAX_TOKENS) {
            throw new IllegalArgumentException("slot " + slot);
        }
        this.id = RowIds.next();
        this.slot = slot;
        this.idp = Objects.requireNonNull(idp, "idp");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.status = TokenStatus.ACTIVE;
    }

    /** Whether this token may authenticate a SCIM call at the given moment. */
    public boolean admits(OffsetDateTime now) {
        return status == TokenStatus.ACTIVE && now.isBefore(expiresAt);
    }

    /** Sets the status; answers whether it changed. */
    boolean changeStatus(TokenStatus next) {
        if (status == next) {
            return false;
        }
        status = next;
        return true;
    }

    void renew(String newSecretHash, OffsetDateTime now, OffsetDateTime newExpiry) {
        this.secretHash = Objects.requireNonNull(newSecretHash);
        this.renewedAt = now;
        this.expiresAt = newExpiry;
    }

    public String id() {
        return id;
    }

    public int slot() {
        return slot;
    }

    public IdentityProvider idp() {
        return idp;
    }

    String secretHash() {
        return secretHash;
    }

    public TokenStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime renewedAt() {
        return renewedAt;
    }

    public OffsetDateTime lastUsedAt() {
        return lastUsedAt;
    }
}
