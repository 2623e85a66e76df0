package io.provisio.attributes;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The rules a new definition's name and type must meet, worded for the admin who typed them.
 * The entity checks the name again: these give the better message, it guards the invariant.
 */
public final class DefinitionRules {

    private DefinitionRules() {
    }

    /** The name as given, or an {@link IllegalArgumentException} saying what is wrong with it. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A custom attribute needs a \"name\", such as \"costCenter\".");
        }
        if (name.contains(":")) {
            // Admins paste full URNs from IdP screens; the extension URN is the server's to add.
            throw new IllegalArgumentException("Give the attribute's short name, not a URN: '" + name
                    + "'. Provisio places it in the custom extension itself.");
        }
        if (!CustomAttribute.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid custom attribute name: '" + name + "'. A name starts "
                    + "with a letter and has only letters, digits, '-' and '_', at most 64 characters.");
        }
        return name;
    }

    /** The type named by its keyword, ignoring case, or an exception naming the allowed ones. */
    public static CustomAttributeType type(String keyword) {
        return CustomAttributeType.byKeyword(keyword).orElseThrow(() -> new IllegalArgumentException(
                (keyword == null ? "A custom attribute needs a \"type\"" : "Unknown type '" + keyword + "'")
                        + "; allowed: " + allowedTypes() + "."));
    }

    static String allowedTypes() {
        return Arrays.stream(CustomAttributeType.values()).map(CustomAttributeType::keyword)
                .collect(Collectors.joining(", "));
    }
}
