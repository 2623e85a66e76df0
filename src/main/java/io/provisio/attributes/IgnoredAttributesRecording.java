package io.provisio.attributes;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Records a SCIM request's ignored attributes after its writes have committed and before the
 * answer leaves, so an IdP (or a test) that reads the report next finds them.
 */
@Dependent
public class IgnoredAttributesRecording implements ContainerResponseFilter {

    @Inject
    IgnoredAttributeSightings sightings;

    @Inject
    IgnoredAttributes ignored;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        sightings.take().ifPresent(ignored::record);
    }
}
