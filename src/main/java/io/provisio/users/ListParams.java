package io.provisio.users;

import io.provisio.scim.ListQuery;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * The list query parameters of RFC 7644 section 3.4.2 and the {@code cursor} of RFC 9865, as sent
 * (the first value of each, as {@code @QueryParam} would give; {@code ?cursor} alone is the empty
 * cursor of a first page).
 *
 * <p>Read from {@link UriInfo#getQueryParameters()} rather than a {@code @BeanParam} class: Jersey
 * builds a bean parameter anew on every request, resolving each of its seven fields' converters by
 * reflection (one {@code NoSuchMethodException} per field and request), which was the largest
 * allocation of a {@code filter=userName eq} look-up.
 */
public final class ListParams {

    private ListParams() {
    }

    public static ListQuery.Params of(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return new ListQuery.Params(query.getFirst("filter"), query.getFirst("sortBy"),
                query.getFirst("sortOrder"), query.getFirst("startIndex"), query.getFirst("count"),
                query.getFirst("attributes"), query.getFirst("excludedAttributes"), query.getFirst("cursor"));
    }
}
