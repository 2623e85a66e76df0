package io.provisio.attributes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounds of the ignored-attribute report, so what a client sends cannot grow it without end:
 * distinct names listed per request, rows in all, and characters of a name.
 */
@ApplicationScoped
public class IgnoredAttributeLimits {

    @Inject
    @ConfigProperty(name = "scim.ignored-attributes.per-request", defaultValue = "20")
    int perRequest;

    @Inject
    @ConfigProperty(name = "scim.ignored-attributes.max-rows", defaultValue = "1000")
    int maxRows;

    @Inject
    @ConfigProperty(name = "scim.ignored-attributes.name-length", defaultValue = "100")
    int nameLength;

    int perRequest() {
        return Math.max(0, perRequest);
    }

    int maxRows() {
        return Math.max(0, maxRows);
    }

    /** Within the column's width, the "…" that marks a cut name included. */
    int nameLength() {
        return Math.max(1, Math.min(nameLength, IgnoredAttribute.MAX_NAME - 1));
    }
}
