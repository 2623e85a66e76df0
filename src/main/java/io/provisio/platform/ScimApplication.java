package io.provisio.platform;

import io.provisio.attributes.IgnoredAttributesRecording;
import io.provisio.discovery.ResourceTypesResource;
import io.provisio.discovery.SchemasResource;
import io.provisio.discovery.ServiceProviderConfigResource;
import io.provisio.groups.GroupsResource;
import io.provisio.statistics.RequestCounter;
import io.provisio.tokens.BearerTokenFilter;
import io.provisio.users.UsersResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The SCIM 2.0 API under {@code /scim/v2} (RFC 7644). Every class is listed: the bearer-token
 * filter guards all of them and nothing else.
 */
@ApplicationPath("/scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                BearerTokenFilter.class,
                RequestSizeLimit.class,
                RequestCharset.class,
                RequestCounter.class,
                IgnoredAttributesRecording.class,
                ScimExceptionMapper.class,
                ServiceProviderConfigResource.class,
                ResourceTypesResource.class,
                SchemasResource.class,
                UsersResource.class,
                GroupsResource.class);
    }
}
