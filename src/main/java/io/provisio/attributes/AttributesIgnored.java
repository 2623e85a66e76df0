package io.provisio.attributes;

import io.provisio.tokens.IdentityProvider;
import java.util.List;

/** An IdP sent attributes Provisio does not keep; they were dropped and are to be counted. */
public record AttributesIgnored(List<String> attributes, IdentityProvider idp) {

    public AttributesIgnored {
        attributes = List.copyOf(attributes);
    }
}
