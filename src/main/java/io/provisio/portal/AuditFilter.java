package io.provisio.portal;

import io.provisio.attributes.CustomAttributeChanged;
import io.provisio.attributes.IgnoredAttributesCleared;
import io.provisio.audit.AdminSessionEvent;
import io.provisio.audit.AuditCriteria;
import io.provisio.audit.SecurityEvent;
import io.provisio.groups.GroupAction;
import io.provisio.tokens.TokenAction;
import io.provisio.users.UserAction;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the Audit Trails page filters on, in the admin's terms: one event type, whole days (UTC,
 * both inclusive) and a text. The same filter drives the table and the CSV export link.
 */
public record AuditFilter(String type, LocalDate from, LocalDate to, String text) implements Serializable {

    /** Every event name the trail can hold, in the order the page offers them. */
    public static final List<String> EVENT_TYPES = Stream.of(
            Stream.of(TokenAction.values()).map(TokenAction::eventName),
            Stream.of(UserAction.values()).map(UserAction::eventName),
            Stream.of(GroupAction.values()).map(GroupAction::eventName),
            Stream.of(CustomAttributeChanged.Action.values()).map(CustomAttributeChanged.Action::eventName),
            Stream.of(IgnoredAttributesCleared.EVENT_NAME),
            Stream.of(AdminSessionEvent.Kind.values()).map(AdminSessionEvent.Kind::eventName),
            Stream.of(SecurityEvent.Kind.values()).map(SecurityEvent.Kind::eventName))
            .flatMap(names -> names).toList();

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }

    /** @throws IllegalArgumentException when the range is reversed */
    public AuditCriteria criteria() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The 'from' date must not be after the 'to' date.");
        }
        return new AuditCriteria(type == null || type.isBlank() ? List.of() : List.of(type),
                from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
                text);
    }

    /** The query string of the CSV export for this filter, empty or starting with "?". */
    public String queryString() {
        List<String> params = new ArrayList<>();
        add(params, "type", type);
        add(params, "from", from == null ? null : from.toString());
        add(params, "to", to == null ? null : to.toString());
        add(params, "q", text);
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    /** Reads a filter back from the export's query parameters (dates as yyyy-MM-dd). */
    public static AuditFilter parse(String type, String from, String to, String text) {
        return new AuditFilter(type, date("from", from), date("to", to), text);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is not a date like 2026-11-29");
        }
    }

    private static void add(List<String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
