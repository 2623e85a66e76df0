package io.provisio.attributes;

import io.provisio.platform.UniqueViolations;
import io.provisio.tokens.IdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The record of attributes IdPs sent that Provisio does not keep, so nothing is dropped silently.
 * Recording is a side note to a SCIM write: it runs in a transaction of its own and never fails
 * the write that reported it.
 */
@ApplicationScoped
public class IgnoredAttributes {

    private static final Logger LOG = Logger.getLogger(IgnoredAttributes.class.getName());
    /** Enough for an admin screen; a noisy IdP sending random names cannot make the list unbounded. */
    static final int LIST_LIMIT = 1000;

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    IgnoredAttributeCounter counter;

    @Inject
    Clock clock;

    /**
     * Counts one sighting of each name for the IdP (names clipped to 300 characters). Suspends the
     * caller's transaction, so the count commits even if the write rolls back, and the reverse.
     */
    /** SCIM writes report what they dropped by event, so users need not know this feature. */
    @Transactional(TxType.NOT_SUPPORTED)
    void onIgnored(@Observes AttributesIgnored event) {
        record(event.attributes(), event.idp());
    }

    @Transactional(TxType.NOT_SUPPORTED)
    public void record(Collection<String> attributeNames, IdentityProvider idp) {
        if (attributeNames == null || attributeNames.isEmpty() || idp == null) {
            return;
        }
        SortedSet<String> names = new TreeSet<>();
        attributeNames.stream().filter(Objects::nonNull).map(IgnoredAttribute::clip).forEach(names::add);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            counter.count(names, idp, now);
        } catch (RuntimeException first) {
            if (!UniqueViolations.isUniqueViolation(first)) {
                giveUp(names, idp, first);
                return;
            }
            // Another request saw the same new name first; its row exists now, so count again.
            LOG.log(Level.FINE, "Concurrent first sighting of ignored attributes; counting again", first);
            try {
                counter.count(names, idp, now);
            } catch (RuntimeException second) {
                giveUp(names, idp, second);
            }
        }
    }

    /** The recorded attributes, most recently seen first, at most {@value #LIST_LIMIT}. */
    @Transactional
    public List<IgnoredAttributeView> list() {
        return em.createNamedQuery(IgnoredAttribute.NEWEST_FIRST, IgnoredAttribute.class)
                .setMaxResults(LIST_LIMIT)
                .getResultStream()
                .map(IgnoredAttribute::toView)
                .toList();
    }

    private static void giveUp(SortedSet<String> names, IdentityProvider idp, RuntimeException failure) {
        // The SCIM write that reported these must not fail for a side record.
        LOG.log(Level.FINE, failure, () -> "Could not record ignored attributes " + names + " from " + idp);
    }
}
