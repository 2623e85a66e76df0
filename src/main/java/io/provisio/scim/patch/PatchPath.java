package io.provisio.scim.patch;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.AttrPath;
import io.provisio.scim.filter.Filter;
import io.provisio.scim.filter.FilterParser;

/**
 * The {@code path} of a PATCH operation (RFC 7644 section 3.5.2):
 * {@code [urn:] attr [.sub]}, {@code [urn:] attr "[" valFilter "]" [.sub]}, or a bare extension
 * URN naming the whole extension object.
 *
 * @param schemaUrn    the URN prefix as sent, or null
 * @param attribute    the attribute, or null when the path is a bare extension URN
 * @param subAttribute the sub-attribute (after the dot, or after the closing bracket), or null
 * @param valueFilter  the filter between the brackets, relative to one element, or null
 */
public record PatchPath(String schemaUrn, String attribute, String subAttribute, Filter valueFilter) {

    /** Same bound as filters: a path is a filter plus a few names. */
    public static final int MAX_LENGTH = FilterParser.MAX_LENGTH;

    /** Parses a path; anything malformed, filters included, is a 400 {@code invalidPath}. */
    public static PatchPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(String.valueOf(text), "it is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(text.substring(0, 40) + "...", "longer than " + MAX_LENGTH + " characters");
        }
        if (AttrPath.isSchemaUrn(text)) {
            return new PatchPath(text, null, null, null);
        }
        int open = text.indexOf('[');
        if (open < 0) {
            AttrPath path = AttrPath.parse(text, ScimType.INVALID_PATH);
            return new PatchPath(path.schemaUrn(), path.attribute(), path.subAttribute(), null);
        }
        return withFilter(text, open);
    }

    private static PatchPath withFilter(String text, int open) {
        int close = closingBracket(text, open);
        if (close < 0) {
            throw invalid(text, "'[' is never closed");
        }
        AttrPath path = AttrPath.parse(text.substring(0, open), ScimType.INVALID_PATH);
        if (path.subAttribute() != null) {
            throw invalid(text, "a value filter must follow a plain attribute");
        }
        String rest = text.substring(close + 1);
        String sub = null;
        if (!rest.isEmpty()) {
            AttrPath subPath = rest.startsWith(".") && rest.length() > 1
                    ? AttrPath.parse(rest.substring(1), ScimType.INVALID_PATH) : null;
            if (subPath == null || subPath.schemaUrn() != null || subPath.subAttribute() != null) {
                throw invalid(text, "only '.subAttribute' may follow ']'");
            }
            sub = subPath.attribute();
        }
        try {
            Filter filter = FilterParser.parseValueFilter(text.substring(open + 1, close));
            return new PatchPath(path.schemaUrn(), path.attribute(), sub, filter);
        } catch (ScimException e) {
            throw invalid(text, e.detail());
        }
    }

    /** The ']' matching the '[' at {@code open}, skipping brackets inside string literals. */
    private static int closingBracket(String text, int open) {
        boolean inString = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == ']' && !inString) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the path names a whole extension, e.g. to remove all enterprise attributes. */
    public boolean isExtensionRoot() {
        return attribute == null;
    }

    /** The attribute with its sub-attribute, e.g. {@code emails.value} for the filtered form. */
    public AttrPath attrPath() {
        return new AttrPath(schemaUrn, attribute, subAttribute);
    }

    /** The top-level attribute alone, e.g. {@code emails}. */
    public AttrPath attributePath() {
        return new AttrPath(schemaUrn, attribute, null);
    }

    private static ScimException invalid(String text, String why) {
        return ScimException.badRequest(ScimType.INVALID_PATH, "Invalid path '" + text + "': " + why);
    }
}
