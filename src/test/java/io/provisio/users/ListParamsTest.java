package io.provisio.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provisio.scim.ListQuery;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListParamsTest {

    @Test
    void readsTheSevenListParametersByTheirRfcNames() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.putSingle("filter", "userName eq \"a\"");
        query.putSingle("sortBy", "userName");
        query.putSingle("sortOrder", "descending");
        query.putSingle("startIndex", "3");
        query.putSingle("count", "7");
        query.putSingle("attributes", "emails");
        query.putSingle("excludedAttributes", "groups");

        assertEquals(new ListQuery.Params("userName eq \"a\"", "userName", "descending", "3", "7", "emails", "groups"),
                ListParams.of(uri(query)));
    }

    @Test
    void aRepeatedParameterCountsByItsFirstValueAndAMissingOneIsAbsent() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.put("count", List.of("2", "500"));
        query.put("filter", List.of("displayName eq \"x\"", "userName pr"));

        assertEquals(new ListQuery.Params("displayName eq \"x\"", null, null, null, "2", null, null),
                ListParams.of(uri(query)));
    }

    /** A UriInfo that answers only getQueryParameters, the one call ListParams may make. */
    private static UriInfo uri(MultivaluedMap<String, String> query) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters") && (args == null || args.length == 0)) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
