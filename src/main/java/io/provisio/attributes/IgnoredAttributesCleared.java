package io.provisio.attributes;

import java.time.Instant;

/** An admin emptied the ignored-attribute report; fired inside the transaction that did it. */
public record IgnoredAttributesCleared(long rows, String actor, Instant at) {

    public static final String EVENT_NAME = "Ignored Attributes Cleared";
}
