package io.provisio.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What to look for in the audit trail. Every part is optional: event types (exact names), a
 * time range (from inclusive, to exclusive), and text found in actor, target or details.
 */
public record AuditCriteria(List<String> types, OffsetDateTime from, OffsetDateTime to, String text) {

    public AuditCriteria {
        types = types == null ? List.of() : types.stream().filter(t -> t != null && !t.isBlank()).toList();
        text = text == null || text.isBlank() ? null : text.trim();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
    }

    public static AuditCriteria all() {
        return new AuditCriteria(List.of(), null, null, null);
    }
}
