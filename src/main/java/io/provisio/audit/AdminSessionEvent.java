package io.provisio.audit;

import java.time.Instant;

/** An admin signing in to the portal or out of it; recorded in the audit trail as it happens. */
public record AdminSessionEvent(Kind kind, String admin, String source, Instant at) {

    public enum Kind {
        LOGIN("Admin Login"),
        LOGOUT("Admin Logout");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }
}
