package io.provisio.audit;

import java.time.Instant;

/**
 * A refused credential: a failed admin login or a rejected SCIM token. Recorded with a rate
 * limit, so a flood of bad requests cannot fill the disk.
 */
public record SecurityEvent(Kind kind, String subject, String source, String reason, Instant at) {

    public enum Kind {
        ADMIN_LOGIN_FAILED("Admin Login Failed"),
        SCIM_TOKEN_REJECTED("SCIM Token Rejected");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }
}
