package io.provisio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void quotesSeparatorsAndQuotes() {
        assertEquals("plain", AuditCsv.cell("plain"));
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditCsv.cell("two\nlines"));
        assertEquals("", AuditCsv.cell(null));
    }

    @Test
    void defusesSpreadsheetFormulas() {
        assertEquals("'=HYPERLINK(1)", AuditCsv.cell("=HYPERLINK(1)"));
        assertEquals("'+1", AuditCsv.cell("+1"));
        assertEquals("'@x", AuditCsv.cell("@x"));
    }

    @Test
    void writesOneRowPerEntry() {
        StringWriter out = new StringWriter();
        AuditCsv.writeRow(out, new AuditEntry("1", OffsetDateTime.parse("2026-11-29T12:00:00Z"),
                "SCIM Token Created", "admin", "t1", "IdP vendor: Okta (OKTA)", null));

        assertEquals("2026-11-29T12:00Z,SCIM Token Created,admin,t1,IdP vendor: Okta (OKTA)\r\n", out.toString());
    }
}
