package io.provisio.attributes;

import java.time.OffsetDateTime;

/** What an admin sees of an ignored attribute: which IdP sends it, how often, since when. */
public record IgnoredAttributeView(String attribute, String idp, String vendor, long occurrences,
        OffsetDateTime firstSeen, OffsetDateTime lastSeen) {
}
