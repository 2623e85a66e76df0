package io.provisio.audit;

import io.provisio.platform.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One row of the audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int MAX_DETAILS = 2000;

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "event_type", nullable = false)
    private String type;

    @Column(nullable = false)
    private String actor;

    private String target;

    /** The rendered details: what the trail, its text search and its CSV show. */
    private String details;

    /** The same details as named fields (a JSON object); null on rows written before they were kept. */
    @Column(name = "details_json")
    private String detailsJson;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(OffsetDateTime occurredAt, String type, String actor, String target, AuditDetails details) {
        this.id = RowIds.next();
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.actor = clip(Objects.requireNonNull(actor, "actor"), 128);
        this.target = target == null ? null : clip(target, 128);
        if (details != null && !details.isEmpty()) {
            this.details = clip(details.render(), MAX_DETAILS);
            this.detailsJson = details.json().toString();
        }
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, type, actor, target, details, AuditEntry.fields(detailsJson));
    }
}
