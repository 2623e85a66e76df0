package io.provisio.attributes;

import io.provisio.platform.UniqueViolations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The record of attributes IdPs sent that Provisio does not keep, so nothing is dropped silently.
 * Recording is a side note to a committed SCIM write: it runs in a transaction of its own and never
 * fails the request. Bounded per request and in rows ({@link IgnoredAttributeLimits}); what goes
 * beyond is counted per IdP as names not listed.
 */
@ApplicationScoped
public class IgnoredAttributes {

    private static final Logger LOG = Logger.getLogger(IgnoredAttributes.class.getName());

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    IgnoredAttributeCounter counter;

    @Inject
    IgnoredAttributeLimits limits;

    @Inject
    Event<IgnoredAttributesCleared> cleared;

    @Inject
    Clock clock;

    /** Counts one sighting of each name; suspends any caller's transaction and never throws. */
    @Transactional(TxType.NOT_SUPPORTED)
    void record(IgnoredNames sighted) {
        if (sighted.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            counter.count(sighted, now, limits.maxRows());
        } catch (RuntimeException first) {
            if (!UniqueViolations.isUniqueViolation(first)) {
                giveUp(sighted, first);
                return;
            }
            // Another request saw the same new name first; its row exists now, so count again.
            LOG.log(Level.FINE, "Concurrent first sighting of ignored attributes; counting again", first);
            try {
                counter.count(sighted, now, limits.maxRows());
            } catch (RuntimeException second) {
                giveUp(sighted, second);
            }
        }
    }

    /**
     * The recorded attributes, most recently seen first, at most the bound of rows, then per IdP the
     * count of names not listed.
     */
    @Transactional
    public List<IgnoredAttributeView> list() {
        Stream<IgnoredAttributeView> listed = em.createNamedQuery(IgnoredAttribute.NEWEST_FIRST, IgnoredAttribute.class)
                .setMaxResults(Math.max(1, limits.maxRows()))
                .getResultStream()
                .map(IgnoredAttribute::toView);
        Stream<IgnoredAttributeView> more = em.createNamedQuery(IgnoredAttributeOverflow.ALL,
                IgnoredAttributeOverflow.class).getResultStream().map(IgnoredAttributeOverflow::toView);
        return Stream.concat(listed, more).toList();
    }

    /** Empties the report, audited with the number of rows removed in the same transaction. */
    @Transactional
    public long clear(String actor) {
        long rows = em.createQuery("DELETE FROM IgnoredAttribute").executeUpdate()
                + em.createQuery("DELETE FROM IgnoredAttributeOverflow").executeUpdate();
        cleared.fire(new IgnoredAttributesCleared(rows, actor, clock.instant()));
        return rows;
    }

    private static void giveUp(IgnoredNames sighted, RuntimeException failure) {
        // The SCIM write that reported these has committed and must not fail for a side record.
        LOG.log(Level.FINE, failure, () -> "Could not record ignored attributes " + sighted.names() + " and "
                + sighted.more() + " more from " + sighted.idp());
    }
}
