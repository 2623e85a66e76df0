package io.provisio.audit;

import io.provisio.attributes.CustomAttributeChanged;
import io.provisio.groups.GroupEvent;
import io.provisio.platform.RowIds;
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

    private static final String DISPLAY_NAME = "displayName: ";
    /** The audit row of a group change, its details naming the group as its row does now (H2 and PostgreSQL). */
    private static final String NAMING_GROUP = "INSERT INTO audit_event (id, occurred_at, event_type, actor, target, details) "
            + "SELECT ?, ?, ?, ?, g.id, ? || g.display_name || ? FROM scim_group g WHERE g.id = ?";

    private final AuditRateLimiter limiter = new AuditRateLimiter(20, Duration.ofMinutes(1));

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    void onTokenEvent(@Observes TokenEvent event) {
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.actor(), event.tokenId(),
                "IdP vendor: " + event.idp().vendor() + " (" + event.idp().name() + ")");
    }

    void onUserEvent(@Observes UserEvent event) {
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.idp().vendor(), event.userId(),
                "userName: " + event.userName() + "; via token " + event.tokenId());
    }

    /**
     * Membership changes are one row with counts, however many members a request named. An event
     * without the group's name (a members-only PATCH, which reads no group) takes it from the
     * group's row in the statement that writes the audit row: one round trip, no lock.
     */
    void onGroupEvent(@Observes GroupEvent event) {
        String after = (event.details().isEmpty() ? "" : "; " + event.details()) + "; via token " + event.tokenId();
        OffsetDateTime at = event.at().atOffset(ZoneOffset.UTC);
        if (event.displayName() != null) {
            record(at, event.action().eventName(), event.idp().vendor(), event.groupId(),
                    DISPLAY_NAME + event.displayName() + after);
            return;
        }
        // the clip of AuditEvent is not needed: a name is at most 256 characters, the rest is short
        em.createNativeQuery(NAMING_GROUP).setParameter(1, RowIds.next()).setParameter(2, at)
                .setParameter(3, event.action().eventName()).setParameter(4, event.idp().vendor())
                .setParameter(5, DISPLAY_NAME).setParameter(6, after).setParameter(7, event.groupId())
                .executeUpdate();
    }

    void onCustomAttributeChanged(@Observes CustomAttributeChanged event) {
        String details = "Name: " + event.name() + ", type: " + event.type()
                + (event.action() == CustomAttributeChanged.Action.REMOVED
                        ? "; " + event.valuesRemoved() + " user value(s) removed with it" : "");
        record(event.at().atOffset(ZoneOffset.UTC), event.action().eventName(), event.actor(), event.attributeId(),
                details);
    }

    void onSecurityEvent(@Observes SecurityEvent event) {
        // Reasons come from a small set the server words itself, so keying on them is bounded;
        // a flood of one kind of refusal does not hide another (an IdP using an inactive token).
        int suppressed = limiter.admit(event.kind() + "|" + event.source() + "|" + event.reason(), event.at());
        if (suppressed < 0) {
            return;
        }
        String details = event.reason() + (event.source() == null ? "" : "; from " + event.source())
                + (suppressed > 0 ? "; " + suppressed + " similar event(s) not recorded in the last minute" : "");
        record(event.at().atOffset(ZoneOffset.UTC), event.kind().eventName(), event.subject(), null, details);
    }

    /** Portal logins and logouts need the password, so they are not rate-limited. */
    void onAdminSessionEvent(@Observes AdminSessionEvent event) {
        record(event.at().atOffset(ZoneOffset.UTC), event.kind().eventName(), event.admin(), null,
                "Portal session" + (event.source() == null ? "" : "; from " + event.source()));
    }

    /** Writes one row in the current transaction; for events of other features. */
    public void record(OffsetDateTime at, String type, String actor, String target, String details) {
        em.persist(new AuditEvent(at, type, actor, target, details));
    }
}
