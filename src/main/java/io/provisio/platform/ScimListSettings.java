package io.provisio.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Page sizes for SCIM listings; the maximum is advertised in ServiceProviderConfig. */
@ApplicationScoped
public class ScimListSettings {

    @Inject
    @ConfigProperty(name = "scim.max-results", defaultValue = "200")
    int maxResults;

    @Inject
    @ConfigProperty(name = "scim.default-count", defaultValue = "100")
    int defaultCount;

    public int maxResults() {
        return maxResults;
    }

    public int defaultCount() {
        return Math.min(defaultCount, maxResults);
    }
}
