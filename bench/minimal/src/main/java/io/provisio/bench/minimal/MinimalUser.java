package io.provisio.bench.minimal;

import com.github.f4b6a3.uuid.UuidCreator;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A row of {@code scim_user} with its emails, as Provisio maps it (no custom values). */
@Entity
@Table(name = "scim_user")
public class MinimalUser {

    @Id
    String id;

    @Column(name = "user_name", nullable = false, updatable = false)
    String userName;

    @Column(name = "user_name_lower", nullable = false, updatable = false)
    String userNameLower;

    @Column(name = "external_id")
    String externalId;

    @Column(name = "display_name")
    String displayName;

    @Column(name = "given_name")
    String givenName;

    @Column(name = "family_name")
    String familyName;

    @Column(nullable = false)
    boolean active;

    @ElementCollection
    @CollectionTable(name = "user_email", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    List<MinimalEmail> emails = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime created;

    @Column(name = "last_modified", nullable = false)
    OffsetDateTime lastModified;

    @Version
    long version;

    protected MinimalUser() {
    }

    MinimalUser(String userName) {
        this.id = UuidCreator.getTimeOrderedEpoch().toString();
        this.userName = userName;
        this.userNameLower = userName.toLowerCase(Locale.ROOT);
        this.created = OffsetDateTime.now(ZoneOffset.UTC);
        this.lastModified = created;
    }
}
