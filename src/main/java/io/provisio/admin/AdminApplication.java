package io.provisio.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The admin REST API under {@code /api/admin}. Its classes are listed, not scanned, so the SCIM
 * application's bearer-token filter and error mappers never apply here, and the reverse.
 */
@ApplicationPath("/api/admin")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                TokensResource.class,
                AuditResource.class,
                CustomAttributesResource.class,
                IgnoredAttributesResource.class,
                AdminAuthFilter.class,
                CrossSiteRequestFilter.class,
                AdminJsonWriter.class,
                AdminExceptionMapper.class);
    }
}
