package io.provisio.users;

import java.util.List;
import java.util.Map;

/**
 * The attributes of a user as a client sent them, after schema validation. {@code active} is
 * null when the client left it out (PUT keeps the current state then).
 */
record UserAttributes(
        String userName,
        String externalId,
        String displayName,
        String givenName,
        String familyName,
        Boolean active,
        String department,
        List<Email> emails,
        Map<String, CustomValue> customValues) {
}
