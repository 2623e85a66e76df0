package io.provisio.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Target SCIM URL an admin copies into the IdP: {@code scim.public-url} when set (Provisio
 * behind a proxy), else the root the admin's own request came to.
 */
@ApplicationScoped
public class TargetUrl {

    public static final String SCIM_PATH = "scim/v2";

    @Inject
    @ConfigProperty(name = "scim.public-url")
    Optional<String> publicUrl;

    /** @param applicationRoot the application's root as seen by the request, ending with "/" */
    public String of(URI applicationRoot) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(applicationRoot.toString());
        return (base.endsWith("/") ? base : base + "/") + SCIM_PATH;
    }
}
