package io.provisio.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of {@code group_member}, mapped only so filters can say {@code EXISTS} in JPA Criteria.
 * Nothing persists or loads it: {@link GroupMembers} writes the table with bulk statements.
 */
@Entity
@Table(name = "group_member")
public class GroupMember {

    @EmbeddedId
    private Key key;

    protected GroupMember() {
        // for JPA
    }

    /** The composite primary key (group_id, user_id). */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "group_id")
        private String groupId;

        @Column(name = "user_id")
        private String userId;

        protected Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(groupId, k.groupId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, userId);
        }
    }
}
