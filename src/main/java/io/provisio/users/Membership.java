package io.provisio.users;

import io.provisio.groups.UserGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One of a user's direct groups, as the view {@code user_group} shows it (V4): read only, so a
 * single-user read can fetch the groups in the user's statement. It is the inverse side of
 * {@link User}'s memberships and has no cascade from it, so nothing ever writes it: membership is
 * written to {@code group_member} by the group service's statements.
 */
@Entity
@Table(name = "user_group")
@IdClass(Membership.Key.class)
class Membership {

    /** The order of the groups attribute, as the page's membership query has it. */
    static final Comparator<Membership> BY_DISPLAY_NAME =
            Comparator.comparing((Membership m) -> m.displayNameLower).thenComparing(m -> m.groupId);

    // the key columns stay writable in the mapping, as EclipseLink requires of a primary key; no
    // Membership is ever persisted, so nothing writes them
    @Id
    @Column(name = "user_id")
    private String userId;

    @Id
    @Column(name = "group_id")
    private String groupId;

    @Column(name = "display_name", insertable = false, updatable = false)
    private String displayName;

    @Column(name = "display_name_lower", insertable = false, updatable = false)
    private String displayNameLower;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", insertable = false, updatable = false)
    private User user;

    protected Membership() {
        // for JPA
    }

    UserGroup group() {
        return new UserGroup(groupId, displayName);
    }

    /** The composite key: one row per user and group. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String userId;
        private String groupId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(groupId, key.groupId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, groupId);
        }
    }
}
