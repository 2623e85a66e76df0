package io.provisio.audit;

import java.time.Instant;

/**
 * A refused credential or request: a failed admin login, a rejected SCIM token, a cross-site
 * change to the admin API. Recorded with a rate limit, so a flood of bad requests cannot fill
 * the disk.
 */
public record SecurityEvent(Kind kind, String subject, String source, String reason, Instant at) {

    public enum Kind {
        ADMIN_LOGIN_FAILED("Admin Login Failed"),
        SCIM_TOKEN_REJECTED("SCIM Token Rejected"),
        ADMIN_REQUEST_REFUSED("Admin Request Refused");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }
}
