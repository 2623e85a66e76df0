package io.provisio.statistics;

import io.provisio.tokens.TokenPrincipal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts every SCIM response, refused ones included (the bearer filter's 401s pass through here
 * too), by the token that was admitted, if any.
 */
@Dependent
public class RequestCounter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequestCounter.class.getName());

    @Inject
    RequestStatistics statistics;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            Principal caller = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
            if (caller instanceof TokenPrincipal token) {
                statistics.record(token.tokenId(), token.idp().vendor(), response.getStatus());
            } else {
                statistics.record(null, null, response.getStatus());
            }
        } catch (RuntimeException e) {
            // a dashboard number is never worth failing a provisioning request for
            LOG.log(Level.WARNING, "Could not count a SCIM request", e);
        }
    }
}
