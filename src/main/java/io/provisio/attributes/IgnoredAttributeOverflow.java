package io.provisio.attributes;

import io.provisio.tokens.IdentityProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Names an IdP sent beyond the bounds of the ignored-attribute report: counted, not listed, so a
 * client sending thousands of invented names costs one row.
 */
@Entity
@Table(name = "ignored_attribute_overflow")
@NamedQuery(name = IgnoredAttributeOverflow.ALL,
        query = "SELECT o FROM IgnoredAttributeOverflow o ORDER BY o.lastSeen DESC, o.idp")
@NamedQuery(name = IgnoredAttributeOverflow.MORE, query = "UPDATE IgnoredAttributeOverflow o "
        + "SET o.names = o.names + :names, o.lastSeen = :at WHERE o.idp = :idp")
public class IgnoredAttributeOverflow {

    static final String ALL = "IgnoredAttributeOverflow.all";
    static final String MORE = "IgnoredAttributeOverflow.more";

    @Id
    @Enumerated(EnumType.STRING)
    private IdentityProvider idp;

    @Column(nullable = false)
    private long names;

    @Column(name = "first_seen", nullable = false)
    private OffsetDateTime firstSeen;

    @Column(name = "last_seen", nullable = false)
    private OffsetDateTime lastSeen;

    protected IgnoredAttributeOverflow() {
        // for JPA
    }

    IgnoredAttributeOverflow(IdentityProvider idp, long names, OffsetDateTime at) {
        if (names <= 0) {
            throw new IllegalArgumentException("an overflow counts at least one name");
        }
        this.idp = Objects.requireNonNull(idp, "idp");
        this.names = names;
        this.firstSeen = Objects.requireNonNull(at, "at");
        this.lastSeen = at;
    }

    /** The row as the report shows it: no name, {@code notListed} set, the count in occurrences. */
    IgnoredAttributeView toView() {
        return new IgnoredAttributeView(null, idp.name(), idp.vendor(), names, firstSeen, lastSeen, true);
    }
}
