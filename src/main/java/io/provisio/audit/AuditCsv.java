package io.provisio.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes audit rows as RFC 4180 CSV, guarding against formula injection in spreadsheets. */
public final class AuditCsv {

    public static final String HEADER = "time,event,actor,target,details";

    private AuditCsv() {
    }

    public static void writeRow(Writer out, AuditEntry entry) {
        try {
            out.write(String.join(",",
                    cell(entry.time().toString()), cell(entry.event()), cell(entry.actor()),
                    cell(entry.target()), cell(entry.details())));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
