package io.provisio.admin;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the admin API's answers (records, lists of them, JSON-P objects) with Jakarta JSON Binding.
 *
 * <p>Servers pick different JSON providers for a plain object: Payara's Jersey uses JSON-B, WildFly's
 * RESTEasy uses Jackson, which writes an {@code OffsetDateTime} as epoch seconds
 * ({@code 1796164139.694219000}) instead of RFC 3339 text. An application's own provider comes
 * before the server's, so the admin API answers the same on every server.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class AdminJsonWriter implements MessageBodyWriter<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
                && !String.class.equals(type)
                && !byte[].class.equals(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        JSONB.toJson(value, genericType != null ? genericType : type, out);
    }
}
