package io.provisio.audit;

import java.time.OffsetDateTime;

/** An audit row as the admin API and the portal show it. */
public record AuditEntry(String id, OffsetDateTime time, String event, String actor, String target, String details) {
}
