package io.provisio.users;

import java.time.OffsetDateTime;

/** A row of the portal's user list: what an admin scans, without emails or custom values. */
public record UserSummary(String id, String userName, String displayName, String givenName, String familyName,
                          boolean active, String department, String vendor, OffsetDateTime createdAt,
                          OffsetDateTime lastModified) {

    static UserSummary of(User user) {
        return new UserSummary(user.id(), user.userName(), user.displayName(), user.givenName(), user.familyName(),
                user.active(), user.department(), vendor(user), user.createdAt(), user.lastModified());
    }

    static String vendor(User user) {
        return user.provisionedIdp() == null ? null : user.provisionedIdp().vendor();
    }

    /** Given and family name as one, or null when neither is set. */
    public String name() {
        String joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return joined.isEmpty() ? null : joined;
    }
}
