package io.provisio.platform;

import io.provisio.scim.ScimException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * SCIM bodies are JSON, which is UTF-8 (RFC 8259 section 8.1): a body declared in any other
 * charset, or in one the JVM does not know, is refused with 415 before anything decodes it. A
 * charset the JVM lacks would otherwise fail inside the JAX-RS runtime as a server error. So is a
 * Content-Type that is a pattern ({@code application/*}). Before matching, so before any filter
 * of the runtime's own reads the body.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RequestCharset implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext context) {
        // also without a body: the runtime decodes an empty body in the declared charset too
        MediaType type = mediaType(context);
        if (type == null) {
            return;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            // a body has one media type; a pattern in its place matched a JSON Patch filter of one runtime
            throw new ScimException(415, "Content-Type must name the body's media type, application/scim+json, not "
                    + shown(type.toString()));
        }
        for (Map.Entry<String, String> parameter : type.getParameters().entrySet()) {
            if (parameter.getKey().equalsIgnoreCase(MediaType.CHARSET_PARAMETER) && !isUtf8(parameter.getValue())) {
                throw new ScimException(415, "The request body must be UTF-8 JSON; charset "
                        + shown(parameter.getValue()) + " is not supported");
            }
        }
    }

    private static MediaType mediaType(ContainerRequestContext context) {
        try {
            return context.getMediaType();
        } catch (RuntimeException unparsable) {
            // the runtime parses the header lazily and would fail later as an error of its own
            throw new ScimException(415, "Content-Type must be a media type, application/scim+json, not "
                    + shown(String.valueOf(context.getHeaderString("Content-Type"))));
        }
    }

    static boolean isUtf8(String charset) {
        String name = charset == null ? "" : charset.trim().replace("\"", "");
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknownOrIllegalName) {
            return false;
        }
    }

    private static String shown(String charset) {
        return charset.length() > 40 ? charset.substring(0, 40) + "..." : charset;
    }
}
