package io.provisio.users;

import jakarta.json.JsonObject;
import java.util.List;

/** One page of a user listing and how many users match in all. */
public record UserPage(long total, List<JsonObject> users) {
}
