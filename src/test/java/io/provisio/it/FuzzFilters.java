package io.provisio.it;

import java.util.Random;

/**
 * Grammar-ish SCIM filters and PATCH paths (RFC 7644 sections 3.4.2.2 and 3.5.2) from a seeded
 * {@link Random}: mostly well-formed, with hostile values, unknown attributes and broken syntax
 * mixed in.
 */
final class FuzzFilters {

    private static final String[] ATTRIBUTES = {"userName", "displayName", "externalId", "id", "active",
        "name.givenName", "name.familyName", "emails", "emails.value", "emails.type", "emails.primary",
        "meta.created", "meta.lastModified", "members", "members.value", "members.display", "title",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName", "unknownAttr", "a.b.c", "x:y"};
    private static final String[] OPERATORS = {"eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "EQ", "xx"};
    private static final String[] BROKEN = {"(", ")", "[", "]", "\"", "and", "or", "not", "pr", "\\", "\u0000",
        "%", "'", "\ud800", "eq eq", "..", "]]", "\"\\u0000\""};

    private final Random random;
    private final FuzzMutations values;
    private final String[] customNames;

    FuzzFilters(Random random, FuzzMutations values, String... customNames) {
        this.random = random;
        this.values = values;
        this.customNames = customNames;
    }

    String filter() {
        String filter = expression(0);
        if (random.nextInt(5) == 0) {
            int at = random.nextInt(filter.length() + 1);
            filter = filter.substring(0, at) + BROKEN[random.nextInt(BROKEN.length)] + filter.substring(at);
        }
        return filter;
    }

    private String expression(int depth) {
        int choice = depth > 4 ? 0 : random.nextInt(7);
        return switch (choice) {
            case 1 -> expression(depth + 1) + " and " + expression(depth + 1);
            case 2 -> expression(depth + 1) + " or " + expression(depth + 1);
            case 3 -> "not (" + expression(depth + 1) + ")";
            case 4 -> "(" + expression(depth + 1) + ")";
            case 5 -> "emails[" + comparison() + "]";
            default -> comparison();
        };
    }

    private String comparison() {
        if (random.nextInt(8) == 0) {
            return attribute() + " pr";
        }
        return attribute() + " " + OPERATORS[random.nextInt(OPERATORS.length)] + " " + value();
    }

    String attribute() {
        if (customNames.length > 0 && random.nextInt(4) == 0) {
            return "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User:" + customNames[random.nextInt(customNames.length)];
        }
        return ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
    }

    private String value() {
        return switch (random.nextInt(9)) {
            case 0 -> "true";
            case 1 -> "null";
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> values.hugeNumber();
            case 4 -> quoted("2026-01-0" + (1 + random.nextInt(9)) + "T00:00:00Z");
            case 5 -> quoted(values.longString());
            case 6 -> quoted(values.strangeText());
            case 7 -> "\"\\u0000" + random.nextInt(10) + "\"";
            default -> quoted("a" + random.nextInt(100));
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A PATCH path: an attribute, a value filter, an extension attribute, or something broken. */
    String patchPath() {
        return switch (random.nextInt(7)) {
            case 0 -> attribute();
            case 1 -> "emails[" + comparison() + "].value";
            case 2 -> "members[value eq " + value() + "]";
            case 3 -> "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department";
            case 4 -> BROKEN[random.nextInt(BROKEN.length)] + attribute();
            case 5 -> "";
            default -> attribute() + "[" + filter() + "]";
        };
    }
}
