package io.provisio.audit;

import java.util.List;

/** One page of the audit trail, newest first, and how many rows match in all. */
public record AuditPage(long total, int offset, int limit, List<AuditEntry> entries) {
}
