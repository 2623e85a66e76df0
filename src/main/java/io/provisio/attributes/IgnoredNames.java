package io.provisio.attributes;

import io.provisio.tokens.IdentityProvider;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ignored names of one request, bounded: the first distinct names, cut to a length and marked
 * with "…" where cut, are listed; the rest are only counted in {@link #more()}.
 */
final class IgnoredNames {

    private final int limit;
    private final int nameLength;
    private final SortedSet<String> names = new TreeSet<>();
    private IdentityProvider idp;
    private long more;

    IgnoredNames(int limit, int nameLength) {
        this.limit = limit;
        this.nameLength = nameLength;
    }

    /** A request authenticates one token, so one IdP; names of another (none in practice) are ignored. */
    void add(Collection<String> attributes, IdentityProvider from) {
        if (attributes == null || from == null || (idp != null && idp != from)) {
            return;
        }
        idp = from;
        for (String attribute : attributes) {
            if (attribute == null) {
                continue;
            }
            String name = cut(attribute, nameLength);
            if (!names.contains(name)) {
                if (names.size() < limit) {
                    names.add(name);
                } else {
                    more++;
                }
            }
        }
    }

    boolean isEmpty() {
        return names.isEmpty() && more == 0;
    }

    IdentityProvider idp() {
        return idp;
    }

    /** In sorted order, so two writers lock rows in the same order. */
    SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(names);
    }

    /** Names beyond the bound: a name sent twice past it counts twice, since it is not kept. */
    long more() {
        return more;
    }

    /** At most {@code length} characters and "…" where cut; never splits a surrogate pair. */
    static String cut(String name, int length) {
        Objects.requireNonNull(name, "name");
        if (name.codePointCount(0, name.length()) <= length) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, length)) + "…";
    }
}
