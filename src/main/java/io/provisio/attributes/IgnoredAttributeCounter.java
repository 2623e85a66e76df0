package io.provisio.attributes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;

/**
 * Counts sightings in a transaction of its own, so a lost race (two first sightings inserting the
 * same key) rolls back alone and {@link IgnoredAttributes} can try again, where the row now exists.
 */
@ApplicationScoped
class IgnoredAttributeCounter {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    /**
     * Known names are counted again; a new name gets a row while fewer than {@code maxRows} exist,
     * else it is counted with the names not listed. Two requests at the bound may both add one row:
     * the bound can be passed by the number of concurrent writers, never more.
     */
    @Transactional(TxType.REQUIRES_NEW)
    void count(IgnoredNames sighted, OffsetDateTime at, int maxRows) {
        long rows = -1;
        long notListed = sighted.more();
        for (String name : sighted.names()) { // sorted, so two writers lock rows in the same order
            int updated = em.createNamedQuery(IgnoredAttribute.SEEN_AGAIN)
                    .setParameter("at", at)
                    .setParameter("attribute", name)
                    .setParameter("idp", sighted.idp())
                    .executeUpdate();
            if (updated > 0) {
                continue;
            }
            if (rows < 0) {
                rows = em.createNamedQuery(IgnoredAttribute.ROWS, Long.class).getSingleResult();
            }
            if (rows < maxRows) {
                em.persist(new IgnoredAttribute(name, sighted.idp(), at));
                em.flush();
                rows++;
            } else {
                notListed++;
            }
        }
        if (notListed > 0) {
            countNotListed(sighted, notListed, at);
        }
    }

    private void countNotListed(IgnoredNames sighted, long names, OffsetDateTime at) {
        int updated = em.createNamedQuery(IgnoredAttributeOverflow.MORE)
                .setParameter("names", names)
                .setParameter("at", at)
                .setParameter("idp", sighted.idp())
                .executeUpdate();
        if (updated == 0) {
            em.persist(new IgnoredAttributeOverflow(sighted.idp(), names, at));
            em.flush();
        }
    }
}
