package io.provisio.bench.minimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The database work of the three requests: JPA in JTA transactions, as Provisio does it. */
@ApplicationScoped
public class MinimalStore {

    @PersistenceContext(unitName = "minimal")
    EntityManager em;

    @Transactional
    public MinimalUser create(MinimalUser user) {
        em.persist(user);
        em.flush();
        return user;
    }

    /** A read joins no transaction, as Provisio's look-up (TxType.SUPPORTS). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MinimalUser> byUserName(String userName) {
        return em.createQuery("SELECT DISTINCT u FROM MinimalUser u LEFT JOIN FETCH u.emails WHERE u.userNameLower = :name",
                        MinimalUser.class)
                .setParameter("name", userName.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    /** Adds existing users to a group and bumps its version; false when the group does not exist. */
    @Transactional
    public boolean addMembers(String groupId, List<String> userIds) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int bumped = em.createNativeQuery("UPDATE scim_group SET version = version + 1, last_modified = ? WHERE id = ?")
                .setParameter(1, now).setParameter(2, groupId).executeUpdate();
        if (bumped == 0) {
            return false;
        }
        for (String userId : userIds) {
            em.createNativeQuery("INSERT INTO group_member (group_id, user_id, added_at) SELECT ?, id, ? FROM scim_user u"
                            + " WHERE u.id = ? AND NOT EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = ? AND m.user_id = u.id)")
                    .setParameter(1, groupId).setParameter(2, now).setParameter(3, userId).setParameter(4, groupId)
                    .executeUpdate();
        }
        return true;
    }
}
