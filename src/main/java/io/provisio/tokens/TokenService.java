package io.provisio.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token rules of the seed: at most two tokens, Active or Inactive, renew gives a new secret
 * and the old one stops working at once, remove deletes. Every action fires a {@link TokenEvent}
 * inside its transaction, so the change and its audit row commit or roll back together.
 */
@ApplicationScoped
public class TokenService {

    public static final int MAX_TOKENS = 2;
    private static final int ISSUE_ATTEMPTS = 3;
    /** Last-used times are kept to this precision, so a busy token is not written on every call. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    TokenSlots slots;

    @Inject
    TokenCache cache;

    @Inject
    Event<TokenEvent> events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "scim.token.lifetime", defaultValue = "P365D")
    Duration lifetime;

    /**
     * Issues a token for the IdP. Two admins racing for the last slot both pick it; the unique
     * key on the slot lets exactly one insert commit, and the loser looks again and finds none.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public IssuedToken generate(IdentityProvider idp, String actor) {
        PersistenceException lastConflict = null;
        for (int attempt = 0; attempt < ISSUE_ATTEMPTS; attempt++) {
            try {
                return slots.issue(idp, actor, lifetime);
            } catch (PersistenceException conflict) {
                lastConflict = conflict;
            }
        }
        throw new IllegalStateException("Could not claim a token slot", lastConflict);
    }

    @Transactional
    public List<TokenView> list() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createNamedQuery(ScimToken.ALL, ScimToken.class).getResultStream()
                .map(token -> TokenView.of(token, now))
                .toList();
    }

    @Transactional
    public TokenView activate(String id, String actor) {
        return changeStatus(id, TokenStatus.ACTIVE, TokenAction.ENABLED, actor);
    }

    @Transactional
    public TokenView deactivate(String id, String actor) {
        return changeStatus(id, TokenStatus.INACTIVE, TokenAction.DISABLED, actor);
    }

    @Transactional
    public IssuedToken renew(String id, String actor) {
        ScimToken token = find(id);
        String secret = TokenSecrets.newSecret();
        OffsetDateTime now = OffsetDateTime.now(clock);
        token.renew(TokenSecrets.hash(secret), now, now.plus(lifetime));
        fire(TokenAction.RENEWED, token, actor);
        return new IssuedToken(TokenView.of(token, now), secret);
    }

    @Transactional
    public void remove(String id, String actor) {
        ScimToken token = find(id);
        em.remove(token);
        fire(TokenAction.DELETED, token, actor);
    }

    /**
     * Checks a presented secret: admitted only for an active, unexpired token. Served from
     * {@link TokenCache} when it can be; records the last use at most once a minute per token.
     * Not transactional itself: the cached path, which every SCIM request takes, needs no
     * transaction, and the load and the touch each run in their own ({@link TokenSlots}).
     */
    public TokenCheck authenticate(String secret) {
        if (!TokenSecrets.looksLikeSecret(secret)) {
            return TokenCheck.refused("not a Provisio token");
        }
        String hash = TokenSecrets.hash(secret);
        Optional<TokenCache.Snapshot> cached = cache.get(hash);
        TokenCache.Snapshot token = cached.isPresent() ? cached.get() : load(secret, hash);
        if (token == null) {
            return TokenCheck.refused("unknown, renewed or removed token");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (token.status() != TokenStatus.ACTIVE) {
            return TokenCheck.refused("token " + token.id() + " is inactive");
        }
        if (!token.admits(now)) {
            return TokenCheck.refused("token " + token.id() + " expired at " + token.expiresAt());
        }
        OffsetDateTime last = token.lastUsedAt();
        if (last == null || last.plus(TOUCH_INTERVAL).isBefore(now)) {
            slots.touch(token.id(), now);
            cache.replace(hash, token, token.usedAt(now));
        }
        return TokenCheck.admitted(new TokenPrincipal(token.id(), token.idp()));
    }

    private TokenCache.Snapshot load(String secret, String hash) {
        long generation = cache.generation();
        Optional<ScimToken> found = slots.byHash(hash)
                .filter(t -> TokenSecrets.matches(secret, t.secretHash()));
        if (found.isEmpty()) {
            return null;
        }
        ScimToken t = found.get();
        TokenCache.Snapshot snapshot = new TokenCache.Snapshot(t.id(), t.idp(), t.status(), t.expiresAt(),
                t.lastUsedAt(), System.nanoTime());
        cache.put(hash, snapshot, generation);
        return snapshot;
    }

    private TokenView changeStatus(String id, TokenStatus status, TokenAction action, String actor) {
        ScimToken token = find(id);
        if (token.changeStatus(status)) {
            fire(action, token, actor);
        }
        return TokenView.of(token, OffsetDateTime.now(clock));
    }

    private ScimToken find(String id) {
        ScimToken token = id == null ? null : em.find(ScimToken.class, id);
        if (token == null) {
            throw new TokenNotFoundException(id);
        }
        return token;
    }

    private void fire(TokenAction action, ScimToken token, String actor) {
        events.fire(new TokenEvent(action, token.id(), token.idp(), actor, clock.instant()));
    }
}
