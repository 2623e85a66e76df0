package io.provisio.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;

/**
 * An audit row as the admin API and the portal show it: {@code details} rendered, with what a client
 * chose quoted, and {@code fields} the same details as named values (empty on rows older than them).
 */
public record AuditEntry(String id, OffsetDateTime time, String event, String actor, String target, String details,
                         JsonObject fields) {

    public AuditEntry {
        fields = fields == null ? JsonObject.EMPTY_JSON_OBJECT : fields;
    }

    static JsonObject fields(String json) {
        if (json == null) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
