package io.provisio.portal;

/**
 * Turns the Groups page's search box into a SCIM filter, so the portal searches exactly as an IdP's
 * {@code GET /Groups?filter=} does: {@code displayName co "text"}, the text one string literal
 * made by {@link UserSearch#searchLiteral} as the Users search makes it, so no text can change the
 * filter's shape.
 */
final class GroupSearch {

    /** A displayName holds at most 256 characters: longer text cannot match. */
    static final int MAX_LENGTH = 256;

    private GroupSearch() {
    }

    /** The filter for the text, or null when there is nothing to search for. */
    static String filter(String text) {
        String literal = UserSearch.searchLiteral(text, MAX_LENGTH);
        return literal == null ? null : "displayName co " + literal;
    }
}
