package io.provisio.scim;

import io.provisio.scim.filter.Filter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The cursors of RFC 9865: where the page before ended, so the next page seeks there through an
 * index instead of skipping rows with OFFSET. A page at any depth then costs what the first costs.
 *
 * <p>Stateless: the cursor carries the sort key of the last row it returned (a unique key: the id,
 * or a unique lower-cased name), so it works on every node, survives a restart and never expires;
 * rows created or deleted while a client pages move no row it has not reached yet, none is
 * repeated and none skipped that existed throughout. It also carries a digest of what it continues
 * (resource type, filter, sort attribute and order), so a cursor replayed against another query
 * is refused as {@code invalidCursor} instead of answering pages of something else. It is not
 * signed: a client that forges one only chooses where its own query starts.
 *
 * <p>The text is base64url without padding, so only RFC 3986 unreserved characters, as RFC 9865
 * section 2 requires.
 */
public final class PageCursor {

    private static final byte VERSION = 1;
    private static final int DIGEST_BYTES = 9;
    /** Far above any key (ids and names are at most 256 characters): a guard, not a format limit. */
    private static final int MAX_LENGTH = 2048;

    private PageCursor() {
    }

    /**
     * What a cursor continues: the same text for the same query. The filter is the parsed tree, so
     * spacing, case of operators and redundant parentheses in the text do not matter.
     */
    public static String scope(String resourceType, Filter filter, String sortField, boolean descending) {
        return resourceType + '\n' + filter + '\n' + sortField + '\n' + (descending ? "descending" : "ascending");
    }

    /** The cursor that continues after the row with this sort key. */
    public static String encode(String scope, String lastKey) {
        byte[] key = lastKey.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(1 + DIGEST_BYTES + key.length)
                .put(VERSION).put(digest(scope)).put(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * The sort key a cursor continues after, or empty for the empty cursor of a first page.
     *
     * @throws ScimException 400 {@code invalidCursor} for text this server did not issue, or issued
     *                       for another query
     */
    public static Optional<String> after(String cursor, String scope) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid("is longer than any cursor Provisio issues");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid("is not one Provisio issued");
        }
        if (bytes.length <= 1 + DIGEST_BYTES || bytes[0] != VERSION) {
            throw invalid("is not one Provisio issued");
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, 1, 1 + DIGEST_BYTES), digest(scope))) {
            throw invalid("belongs to another query: a cursor continues only the resource type, filter, sortBy "
                    + "and sortOrder it came from");
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 1 + DIGEST_BYTES, bytes.length - 1 - DIGEST_BYTES))
                    .toString());
        } catch (CharacterCodingException e) {
            throw invalid("is not one Provisio issued");
        }
    }

    /**
     * As {@link #after}, for a key that goes to the database: one no stored value can hold (U+0000,
     * which PostgreSQL text refuses) comes only from a made-up cursor and is refused as one.
     */
    public static Optional<String> afterStoredKey(String cursor, String scope) {
        Optional<String> key = after(cursor, scope);
        if (key.flatMap(StorableText::problem).isPresent()) {
            throw invalid("is not one Provisio issued");
        }
        return key;
    }

    private static ScimException invalid(String why) {
        return ScimException.badRequest(ScimType.INVALID_CURSOR, "This cursor " + why
                + ". Send cursor empty for the first page, then the nextCursor of the page before.");
    }

    private static byte[] digest(String scope) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8)),
                    DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
