package io.provisio.platform;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The primary keys of Provisio's rows: time-ordered UUIDs (version 7, RFC 9562 section 5.7), in
 * the 36-character form that SCIM shows as {@code id}.
 *
 * <p>A version 7 UUID begins with its creation time in milliseconds, so the keys made one after
 * another sort next to each other. Every insert then lands on the few index pages that the last
 * inserts touched, where random (version 4) keys land on any page of an index that grows with
 * every user: at a million users those pages no longer fit the database's cache, and PostgreSQL
 * writes a full page image to its log for the first change of each page after a checkpoint
 * (docs/architecture.md, "Row ids are time-ordered"). The random part (74 bits, monotonic within
 * a millisecond) keeps ids unguessable enough for names that are never secrets; it does reveal
 * the creation time, which {@code meta.created} shows anyway.
 */
public final class RowIds {

    private RowIds() {
    }

    /** A new key, later than any this JVM made before it. */
    public static String next() {
        return UuidCreator.getTimeOrderedEpoch().toString();
    }
}
