package io.provisio.attributes;

import java.time.OffsetDateTime;

/**
 * What an admin sees of an ignored attribute: which IdP sends it, how often, since when. A row with
 * {@code notListed} has no name: it counts, in {@code occurrences}, the names of that IdP that went
 * beyond the report's bounds ("and N more").
 */
public record IgnoredAttributeView(String attribute, String idp, String vendor, long occurrences,
        OffsetDateTime firstSeen, OffsetDateTime lastSeen, boolean notListed) {
}
