package io.provisio.platform;

import io.provisio.scim.ScimException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code scim.max-body-bytes} with 413, without reading them into
 * memory: a declared Content-Length over the limit is refused at once; a chunked body is cut off
 * as soon as it passes the limit. Groups have a limit of their own ({@code scim.group.max-body-bytes},
 * 8 MiB): a PUT of a group with 50,000 members is about 2.5 MB, and user bodies stay small.
 */
@Dependent
@Priority(Priorities.AUTHENTICATION + 1)
public class RequestSizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "scim.max-body-bytes", defaultValue = "1048576")
    long userMaxBytes;

    @Inject
    @ConfigProperty(name = "scim.group.max-body-bytes", defaultValue = "8388608")
    long groupMaxBytes;

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        boolean groups = path.startsWith("Groups") || path.startsWith("/Groups");
        long maxBytes = groups ? groupMaxBytes : userMaxBytes;
        if (context.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (context.hasEntity()) {
            context.setEntityStream(new Bounded(context.getEntityStream(), maxBytes));
        }
    }

    private static ScimException tooLarge(long maxBytes) {
        return new ScimException(413, "The request body is larger than " + maxBytes + " bytes");
    }

    private final class Bounded extends FilterInputStream {
        private final long limit;
        private long remaining;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge(limit);
                }
            }
            return n;
        }
    }
}
