package io.provisio.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the portal shows times: always in UTC, like the audit trail and the CSV export, so what an
 * admin reads on screen matches what the IdP's and the server's logs say.
 */
@Named("fmt")
@ApplicationScoped
public class PortalFormat {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    public String time(OffsetDateTime time) {
        return time == null ? "never" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** For narrow table columns whose header says UTC. */
    public String minute(OffsetDateTime time) {
        return time == null ? "" : MINUTE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public String instant(Instant instant) {
        return instant == null ? "never" : time(instant.atOffset(ZoneOffset.UTC));
    }
}
