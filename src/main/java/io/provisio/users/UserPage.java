package io.provisio.users;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of a user listing and how many users match in all; when paging by cursor, the cursor of
 * the next page, null on the last.
 */
public record UserPage(long total, List<JsonObject> users, String nextCursor) {
}
