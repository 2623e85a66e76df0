package io.provisio.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.provisio.audit.AuditCriteria;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void wholeDaysInUtcWithTheLastDayIncluded() {
        AuditCriteria criteria = new AuditFilter("SCIM Token Renewed", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-29"), " entra ").criteria();

        assertEquals(List.of("SCIM Token Renewed"), criteria.types());
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00Z"), criteria.from());
        assertEquals(OffsetDateTime.parse("2026-11-30T00:00Z"), criteria.to());
        assertEquals("entra", criteria.text());
    }

    @Test
    void theExportLinkCarriesTheSameFilter() {
        AuditFilter filter = new AuditFilter("SCIM Token Created", LocalDate.parse("2026-11-29"), null, "a&b");

        assertEquals("?type=SCIM+Token+Created&from=2026-11-29&q=a%26b", filter.queryString());
        assertEquals(filter, AuditFilter.parse("SCIM Token Created", "2026-11-29", null, "a&b"));
        assertEquals("", AuditFilter.none().queryString());
    }

    @Test
    void aReversedRangeOrABadDateIsRefused() {
        AuditFilter reversed = new AuditFilter(null, LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-01"), null);

        assertThrows(IllegalArgumentException.class, reversed::criteria);
        assertThrows(IllegalArgumentException.class, () -> AuditFilter.parse(null, "yesterday", null, null));
        assertNull(AuditFilter.none().criteria().from());
    }

    @Test
    void everyEventTypeTheTrailHoldsIsOffered() {
        assertEquals(List.of("SCIM Token Created", "SCIM Token Enabled", "SCIM Token Disabled", "SCIM Token Renewed",
                "SCIM Token Deleted",
                "User Provisioned", "User Updated", "User Deactivated", "User Reactivated", "User Deleted",
                "Group Created", "Group Updated", "Group Deleted", "Group Members Changed",
                "Custom Attribute Defined", "Custom Attribute Removed", "Ignored Attributes Cleared",
                "Admin Login", "Admin Logout", "Admin Login Failed", "SCIM Token Rejected",
                "Admin Request Refused"), AuditFilter.EVENT_TYPES);
    }
}
