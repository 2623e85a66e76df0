package io.provisio.attributes;

import io.provisio.tokens.IdentityProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** An attribute an IdP sent that Provisio does not keep: how often, first and last seen. */
@Entity
@Table(name = "ignored_attribute")
@IdClass(IgnoredAttribute.Key.class)
@NamedQuery(name = IgnoredAttribute.NEWEST_FIRST,
        query = "SELECT a FROM IgnoredAttribute a ORDER BY a.lastSeen DESC, a.attribute")
@NamedQuery(name = IgnoredAttribute.ROWS, query = "SELECT COUNT(a) FROM IgnoredAttribute a")
@NamedQuery(name = IgnoredAttribute.SEEN_AGAIN, query = "UPDATE IgnoredAttribute a "
        + "SET a.occurrences = a.occurrences + 1, a.lastSeen = :at WHERE a.attribute = :attribute AND a.idp = :idp")
public class IgnoredAttribute {

    static final String NEWEST_FIRST = "IgnoredAttribute.newestFirst";
    static final String SEEN_AGAIN = "IgnoredAttribute.seenAgain";
    static final String ROWS = "IgnoredAttribute.rows";
    /** The column's width; names come cut shorter (see IgnoredAttributeLimits), this guards the column. */
    static final int MAX_NAME = 300;

    @Id
    private String attribute;

    @Id
    @Enumerated(EnumType.STRING)
    private IdentityProvider idp;

    @Column(nullable = false)
    private long occurrences;

    @Column(name = "first_seen", nullable = false)
    private OffsetDateTime firstSeen;

    @Column(name = "last_seen", nullable = false)
    private OffsetDateTime lastSeen;

    protected IgnoredAttribute() {
        // for JPA
    }

    /** The first sighting. */
    IgnoredAttribute(String attribute, IdentityProvider idp, OffsetDateTime at) {
        this.attribute = clip(attribute);
        this.idp = Objects.requireNonNull(idp, "idp");
        this.occurrences = 1;
        this.firstSeen = Objects.requireNonNull(at, "at");
        this.lastSeen = at;
    }

    static String clip(String name) {
        Objects.requireNonNull(name, "attribute");
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    IgnoredAttributeView toView() {
        return new IgnoredAttributeView(attribute, idp.name(), idp.vendor(), occurrences, firstSeen, lastSeen, false);
    }

    /** The composite primary key (attribute, idp). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String attribute;
        private IdentityProvider idp;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(attribute, key.attribute) && idp == key.idp;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attribute, idp);
        }
    }
}
