package io.provisio.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The token table's own transactions. Claims one of the two token slots in a transaction of its own, so that a lost race (a unique
 * key violation on the slot) rolls back alone and {@link TokenService} can look again.
 */
@ApplicationScoped
class TokenSlots {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    Event<TokenEvent> events;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    IssuedToken issue(IdentityProvider idp, String actor, Duration lifetime) {
        int slot = freeSlot();
        String secret = TokenSecrets.newSecret();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ScimToken token = new ScimToken(slot, idp, TokenSecrets.hash(secret), actor, now, now.plus(lifetime));
        em.persist(token);
        em.flush();
        events.fire(new TokenEvent(TokenAction.CREATED, token.id(), idp, actor, clock.instant()));
        return new IssuedToken(TokenView.of(token, now), secret);
    }

    /** The token with this secret hash; read in a transaction of its own (the filter has none). */
    @Transactional
    Optional<ScimToken> byHash(String hash) {
        return em.createNamedQuery(ScimToken.BY_HASH, ScimToken.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** Records a use; a bulk update, so it touches no version and races with nothing. */
    @Transactional
    void touch(String id, OffsetDateTime at) {
        em.createNamedQuery(ScimToken.TOUCH).setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    private int freeSlot() {
        Set<Integer> taken = new HashSet<>(
                em.createQuery("SELECT t.slot FROM ScimToken t", Integer.class).getResultList());
        for (int slot = 1; slot <= TokenService.MAX_TOKENS; slot++) {
            if (!taken.contains(slot)) {
                return slot;
            }
        }
        throw new TokenLimitException();
    }
}
