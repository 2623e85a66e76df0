package io.provisio.attributes;

import java.time.Instant;

/**
 * Fired synchronously inside the transaction that defines or removes a custom attribute, so its
 * audit row commits or rolls back with the change. Immutable, no entity.
 *
 * @param valuesRemoved how many user values the removal deleted with it; 0 for a definition
 */
public record CustomAttributeChanged(Action action, String attributeId, String name, String type, String actor,
        Instant at, long valuesRemoved) {

    /** What happened, named as the audit trail shows it. */
    public enum Action {
        DEFINED("Custom Attribute Defined"),
        REMOVED("Custom Attribute Removed");

        private final String eventName;

        Action(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }
}
