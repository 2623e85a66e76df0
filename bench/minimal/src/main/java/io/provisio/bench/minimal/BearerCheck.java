package io.provisio.bench.minimal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The least token check: the header against one token from {@code MINIMAL_TOKEN}, in constant time. */
@Provider
public class BearerCheck implements ContainerRequestFilter {

    private static final byte[] EXPECTED = ("Bearer " + System.getenv().getOrDefault("MINIMAL_TOKEN", ""))
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !MessageDigest.isEqual(EXPECTED, header.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }
}
