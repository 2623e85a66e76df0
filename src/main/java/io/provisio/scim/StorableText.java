package io.provisio.scim;

import java.util.Optional;

/**
 * What text a SCIM value may hold. PostgreSQL's {@code text} cannot store U+0000, and a lone
 * UTF-16 surrogate is no character at all (it cannot be encoded as UTF-8); both are refused as
 * input rather than met as a database failure.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be stored, or empty when it can. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("an unpaired surrogate (" + String.format("U+%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }
}
