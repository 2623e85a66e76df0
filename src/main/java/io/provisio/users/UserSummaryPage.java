package io.provisio.users;

import java.util.List;

/** One page of the portal's user list and how many users match in all. */
public record UserSummaryPage(long total, List<UserSummary> users) {
}
