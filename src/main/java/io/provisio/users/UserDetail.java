package io.provisio.users;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal shows of one user. Custom values are rendered as SCIM writes them
 * (name to text, in definition order), so the portal and the API never disagree on a value.
 */
public record UserDetail(UserSummary summary, String externalId, List<Email> emails, Map<String, String> customValues,
                         String provisionedBy) {
}
