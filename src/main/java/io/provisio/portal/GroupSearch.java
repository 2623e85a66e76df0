package io.provisio.portal;

/**
 * Turns the Groups page's search box into a SCIM filter, so the portal searches exactly as an IdP's
 * {@code GET /Groups?filter=} does: {@code displayName co "text"}, the text one string literal
 * escaped as {@link UserSearch#literal} does it, so no text can change the filter's shape.
 */
final class GroupSearch {

    /** A displayName holds at most 256 characters: longer text cannot match. */
    static final int MAX_LENGTH = 256;

    private GroupSearch() {
    }

    /** The filter for the text, or null when there is nothing to search for. */
    static String filter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return "displayName co " + UserSearch.literal(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed);
    }
}
