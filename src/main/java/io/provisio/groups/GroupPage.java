package io.provisio.groups;

import jakarta.json.JsonObject;
import java.util.List;

/** One page of a group listing (member-less documents) and how many groups match in all. */
public record GroupPage(long total, List<JsonObject> groups) {
}
