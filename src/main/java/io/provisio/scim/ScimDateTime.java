package io.provisio.scim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * SCIM {@code dateTime} values (RFC 7643 section 2.3.5, xsd:dateTime). They must compare as
 * instants, not as text: {@code 2024-01-01T10:00:00+02:00} is earlier than
 * {@code 2024-01-01T09:00:00Z}.
 */
public final class ScimDateTime {

    private ScimDateTime() {
    }

    /** The instant a dateTime string denotes; a value without offset is taken as UTC. */
    public static Optional<Instant> parse(String text) {
        // Cheap shape check first: most strings compared in filters are not dates.
        if (text.length() < 19 || text.charAt(4) != '-' || text.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException withoutOffset) {
                return Optional.empty();
            }
        }
    }
}
