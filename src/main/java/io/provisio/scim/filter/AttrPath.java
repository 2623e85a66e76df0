package io.provisio.scim.filter;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An attribute path {@code [schemaUrn ":"] attribute ["." subAttribute]} (RFC 7644 section
 * 3.10). Names keep the spelling the client sent, because error messages should echo it; SCIM
 * names are case-insensitive, so compare with {@link #sameAs} or {@link #normalized}, never with
 * {@code equals}.
 *
 * @param schemaUrn    the schema URN prefix (core or extension) as sent, or null
 * @param attribute    the attribute name, never null
 * @param subAttribute the sub-attribute name, or null
 */
public record AttrPath(String schemaUrn, String attribute, String subAttribute) {

    /** ATTRNAME of RFC 7643 section 2.1, plus {@code $ref} which the core schemas use. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|\\$ref");
    private static final Pattern URN_SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    public AttrPath {
        Objects.requireNonNull(attribute, "attribute");
    }

    public AttrPath(String attribute) {
        this(null, attribute, null);
    }

    /** Parses a path; a malformed one is a 400 {@code invalidPath}. */
    public static AttrPath parse(String text) {
        return parse(text, ScimType.INVALID_PATH);
    }

    /** Parses a path, reporting a malformed one with the given {@code scimType}. */
    public static AttrPath parse(String text, ScimType onError) {
        if (text == null || text.isEmpty()) {
            throw ScimException.badRequest(onError, "Empty attribute path");
        }
        String urn = null;
        String rest = text;
        if (hasUrnPrefix(text)) {
            if (isSchemaUrn(text)) {
                throw ScimException.badRequest(onError,
                        "'" + text + "' names a schema, not an attribute");
            }
            int colon = text.lastIndexOf(':');
            urn = text.substring(0, colon);
            rest = text.substring(colon + 1);
            checkUrn(urn, text, onError);
        }
        int dot = rest.indexOf('.');
        String attr = dot < 0 ? rest : rest.substring(0, dot);
        String sub = dot < 0 ? null : rest.substring(dot + 1);
        checkName(attr, text, onError);
        if (sub != null) {
            checkName(sub, text, onError);
        }
        return new AttrPath(urn, attr, sub);
    }

    /**
     * Whether {@code text} is a bare schema URN such as
     * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User} rather than an attribute
     * inside one. Without a schema lookup the grammar is ambiguous, so we rely on the convention
     * every SCIM schema URN follows: its second-to-last segment is a version like {@code 2.0}.
     */
    public static boolean isSchemaUrn(String text) {
        if (!hasUrnPrefix(text)) {
            return false;
        }
        String[] segments = text.split(":", -1);
        return segments.length >= 3
                && VERSION.matcher(segments[segments.length - 2]).matches()
                && NAME.matcher(segments[segments.length - 1]).matches();
    }

    static boolean hasUrnPrefix(String text) {
        return text.regionMatches(true, 0, "urn:", 0, 4);
    }

    private static void checkUrn(String urn, String text, ScimType onError) {
        for (String segment : urn.split(":", -1)) {
            if (!URN_SEGMENT.matcher(segment).matches()) {
                throw ScimException.badRequest(onError,
                        "Malformed schema URN in attribute path '" + text + "'");
            }
        }
    }

    private static void checkName(String name, String text, ScimType onError) {
        if (!NAME.matcher(name).matches()) {
            throw ScimException.badRequest(onError,
                    "Malformed attribute name '" + name + "' in path '" + text + "'");
        }
    }

    /** This path lower-cased, for use as a map key or in SQL lookups. */
    public AttrPath normalized() {
        return new AttrPath(lower(schemaUrn), lower(attribute), lower(subAttribute));
    }

    /** Case-insensitive equality, the way SCIM compares attribute names. */
    public boolean sameAs(AttrPath other) {
        return other != null && normalized().equals(other.normalized());
    }

    /** The same attribute without its sub-attribute, e.g. {@code emails} for {@code emails.value}. */
    public AttrPath parent() {
        return new AttrPath(schemaUrn, attribute, null);
    }

    /** The path of a sub-attribute of this (sub-attribute-free) path. */
    public AttrPath child(String sub) {
        return new AttrPath(schemaUrn, attribute, sub);
    }

    @Override
    public String toString() {
        String name = subAttribute == null ? attribute : attribute + "." + subAttribute;
        return schemaUrn == null ? name : schemaUrn + ":" + name;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
