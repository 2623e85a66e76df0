package io.provisio.groups;

import java.util.Set;

/** One membership operation of a request, by user ids, deduplicated and in request order. */
record MemberChange(Kind kind, Set<String> userIds) {

    enum Kind { ADD, REMOVE, REPLACE }

    MemberChange {
        userIds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(userIds));
    }
}
