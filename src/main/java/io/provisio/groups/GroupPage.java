package io.provisio.groups;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of a group listing (member-less documents) and how many groups match in all; when
 * paging by cursor, the cursor of the next page, null on the last.
 */
public record GroupPage(long total, List<JsonObject> groups, String nextCursor) {
}
