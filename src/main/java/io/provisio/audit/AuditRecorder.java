package io.provisio.audit;

import io.provisio.attributes.CustomAttributeChanged;
import io.provisio.attributes.IgnoredAttributesCleared;
import io.provisio.groups.GroupEvent;
import io.provisio.tokens.TokenEvent;
import io.provisio.users.UserEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes the audit trail from events. Observers run synchronously in the caller's transaction
 * ({@code REQUIRED}): the change and its audit row commit or roll back together. Security events
 * come from request filters that have no transaction, so they get one of their own.
 */
@ApplicationScoped
@Transactional
public class AuditRecorder {

    /** The name of a group whose change did not read it; a plain read, no lock. */
    private static final String GROUP_NAME = "SELECT g.displayName FROM ScimGroup g WHERE g.id = :id";
    /** The actor of a refused login: whoever it was did not prove a name, so the name is a detail. */
    static final String UNAUTHENTICATED = "(unauthenticated)";

    private final AuditRateLimiter limiter = new AuditRateLimiter(20, Duration.ofMinutes(1));

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    void onTokenEvent(@Observes TokenEvent event) {
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.actor(), event.tokenId(),
                AuditDetails.of().fact("IdP vendor", event.idp().vendor() + " (" + event.idp().name() + ")"));
    }

    void onUserEvent(@Observes UserEvent event) {
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.idp().vendor(), event.userId(),
                AuditDetails.of().supplied("userName", event.userName()).fact("via token", event.tokenId()));
    }

    /**
     * Membership changes are one row with counts, however many members a request named. An event
     * without the group's name (a members-only PATCH, which reads no group) takes it from the
     * group's row in this transaction.
     */
    void onGroupEvent(@Observes GroupEvent event) {
        String name = event.displayName() != null ? event.displayName() : em.createQuery(GROUP_NAME, String.class)
                .setParameter("id", event.groupId()).getResultStream().findFirst().orElse(null);
        AuditDetails details = AuditDetails.of().supplied("displayName", name);
        event.counts().forEach(details::fact);
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.idp().vendor(), event.groupId(),
                details.fact("via token", event.tokenId()));
    }

    void onCustomAttributeChanged(@Observes CustomAttributeChanged event) {
        AuditDetails details = AuditDetails.of().supplied("name", event.name()).fact("type", event.type());
        if (event.action() == CustomAttributeChanged.Action.REMOVED) {
            details.fact("user values removed", event.valuesRemoved());
        }
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.actor(), event.attributeId(),
                details);
    }

    void onIgnoredAttributesCleared(@Observes IgnoredAttributesCleared event) {
        record(event.at().atOffset(ZoneOffset.UTC), IgnoredAttributesCleared.EVENT_NAME, event.actor(), null,
                AuditDetails.of().fact("rows removed", event.rows()));
    }

    /**
     * A refused admin login names the user the client typed: a detail marked as typed, not the actor,
     * since nobody proved to be that user.
     */
    void onSecurityEvent(@Observes SecurityEvent event) {
        // Reasons come from a small set the server words itself, so keying on them is bounded;
        // a flood of one kind of refusal does not hide another (an IdP using an inactive token).
        int suppressed = limiter.admit(event.kind() + "|" + event.source() + "|" + event.reason(), event.at());
        if (suppressed < 0) {
            return;
        }
        boolean login = event.kind() == SecurityEvent.Kind.ADMIN_LOGIN_FAILED;
        AuditDetails details = AuditDetails.of();
        if (login) {
            details.supplied("attempted user", event.subject());
        }
        details.fact("reason", event.reason()).fact("from", event.source());
        if (suppressed > 0) {
            details.fact("similar events not recorded in the last minute", suppressed);
        }
        record(event.at().atOffset(ZoneOffset.UTC), event.kind().eventName(), login ? UNAUTHENTICATED : event.subject(),
                null, details);
    }

    /** Portal logins and logouts need the password, so they are not rate-limited. */
    void onAdminSessionEvent(@Observes AdminSessionEvent event) {
        record(event.at().atOffset(ZoneOffset.UTC), event.kind().eventName(), event.admin(), null,
                AuditDetails.of().fact("session", "portal").fact("from", event.source()));
    }

    /** Writes one row in the current transaction; for events of other features. */
    public void record(OffsetDateTime at, String type, String actor, String target, AuditDetails details) {
        em.persist(new AuditEvent(at, type, actor, target, details));
    }
}
