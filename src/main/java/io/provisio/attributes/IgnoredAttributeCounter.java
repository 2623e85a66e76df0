package io.provisio.attributes;

import io.provisio.tokens.IdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.SortedSet;

/**
 * Counts sightings in a transaction of its own, so a lost race (two first sightings inserting the
 * same key) rolls back alone and {@link IgnoredAttributes} can try again, where the row now exists.
 */
@ApplicationScoped
class IgnoredAttributeCounter {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    /** Names in sorted order, so two writers lock rows in the same order and cannot deadlock. */
    @Transactional(TxType.REQUIRES_NEW)
    void count(SortedSet<String> names, IdentityProvider idp, OffsetDateTime at) {
        for (String name : names) {
            int updated = em.createNamedQuery(IgnoredAttribute.SEEN_AGAIN)
                    .setParameter("at", at)
                    .setParameter("attribute", name)
                    .setParameter("idp", idp)
                    .executeUpdate();
            if (updated == 0) {
                em.persist(new IgnoredAttribute(name, idp, at));
                em.flush();
            }
        }
    }
}
