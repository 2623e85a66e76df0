package io.provisio.portal;

/**
 * Turns the Users page's search box into a SCIM filter, so the portal searches exactly as an IdP's
 * {@code GET /Users?filter=} does. The text becomes one string literal: quotes and backslashes are
 * escaped as in JSON, and control characters (which no userName holds) become spaces, so no text
 * can change the filter's shape.
 */
final class UserSearch {

    /** Longer text cannot match a userName, display name or email anyway. */
    static final int MAX_LENGTH = 256;

    private UserSearch() {
    }

    /** The filter for the text, or null when there is nothing to search for. */
    static String filter(String text) {
        String literal = searchLiteral(text, MAX_LENGTH);
        return literal == null ? null
                : "userName co " + literal + " or displayName co " + literal + " or emails co " + literal;
    }

    /**
     * A search box's text as one filter literal: stripped, cut to the longest value it could match,
     * or null when there is nothing to search for.
     */
    static String searchLiteral(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return literal(trimmed.length() > maxLength ? trimmed.substring(0, maxLength) : trimmed);
    }

    /** The text as a SCIM (JSON) string literal, quotes included. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
