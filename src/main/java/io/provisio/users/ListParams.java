package io.provisio.users;

import io.provisio.scim.ListQuery;
import jakarta.ws.rs.QueryParam;

/** The list query parameters of RFC 7644 section 3.4.2, as sent. */
public class ListParams {

    @QueryParam("filter")
    String filter;

    @QueryParam("sortBy")
    String sortBy;

    @QueryParam("sortOrder")
    String sortOrder;

    @QueryParam("startIndex")
    String startIndex;

    @QueryParam("count")
    String count;

    @QueryParam("attributes")
    String attributes;

    @QueryParam("excludedAttributes")
    String excludedAttributes;

    public ListQuery.Params toParams() {
        return new ListQuery.Params(filter, sortBy, sortOrder, startIndex, count, attributes, excludedAttributes);
    }
}
