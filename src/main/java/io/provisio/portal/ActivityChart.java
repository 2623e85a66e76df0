package io.provisio.portal;

import io.provisio.statistics.HourCount;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dashboard's bar chart of SCIM requests and errors per hour, as the Chart.js configuration
 * that {@code p:chart} takes (PrimeFaces 15 has no chart model classes; the JSON is the model).
 */
final class ActivityChart {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);

    private ActivityChart() {
    }

    static String config(List<HourCount> hours) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder requests = Json.createArrayBuilder();
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (HourCount hour : hours) {
            labels.add(HOUR.format(hour.hour()));
            requests.add(hour.requests() - hour.errors());
            errors.add(hour.errors());
        }
        JsonObject data = Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(dataset("Succeeded", requests, "#3b82f6"))
                        .add(dataset("Errors (status 400+)", errors, "#ef4444")))
                .build();
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", data)
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "Hour (UTC)")))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObject dataset(String label, JsonArrayBuilder values, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", color).build();
    }
}
