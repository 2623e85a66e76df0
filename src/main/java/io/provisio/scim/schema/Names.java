package io.provisio.scim.schema;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for names a person reads (userName, a group's displayName): what may be stored, and the
 * canonical form under which two names that look alike are the same name.
 *
 * <p>Refused, as the PRECIS classes of RFC 8264 refuse them: control and format characters (Unicode
 * Cc, Cf: TAB, LF, NUL, zero-width space and joiner, BOM, soft hyphen, bidi controls), line and
 * paragraph separators (Zl, Zp), lone surrogates (Cs) and code points this JDK's Unicode leaves
 * unassigned (Cn), whose canonical form a later Unicode version could change. A name is stored as
 * sent, in NFC.
 *
 * <p>The canonical form: NFKC (fullwidth letters, ligatures, NBSP and the other spaces become their
 * plain forms), default-ignorable characters that are not format characters dropped (variation
 * selectors, Hangul fillers), case folded as {@code lower(upper(lower(s)))} in {@code Locale.ROOT}
 * (so "ß", "ẞ" and "SS" fold alike, and final and medial sigma too, which a lower-casing alone
 * keeps apart), NFKC again, every run of whitespace one space, trimmed. Full Unicode case folding
 * differs only where the round trip is coarser (dotless ı folds to i here), which for names that
 * must not look alike is the safer side.
 */
public final class Names {

    /** The longest name a column holds, in UTF-16 units, after NFC. */
    public static final int MAX_LENGTH = 256;
    /** The longest canonical form: NFKC may expand a character up to 18 times. */
    public static final int MAX_KEY_LENGTH = 512;

    private Names() {
    }

    /**
     * The name to store (NFC), or a 400 {@code invalidValue} naming the attribute: missing, without
     * one visible character, holding a refused character, or too long.
     */
    public static String required(String value, String attribute) {
        if (value == null || value.isEmpty()) {
            throw invalid(attribute + " is required");
        }
        refused(value).ifPresent(at -> {
            throw invalid(attribute + " must not contain " + describe(value.codePointAt(at)) + " (at position "
                    + (value.codePointCount(0, at) + 1) + "): control, format and unassigned characters are refused");
        });
        String stored = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (stored.length() > MAX_LENGTH) {
            throw invalid(attribute + " is longer than " + MAX_LENGTH + " characters");
        }
        String key = key(stored);
        if (key.isEmpty()) {
            throw invalid(attribute + " is required: it has no visible character");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw invalid(attribute + " is longer than " + MAX_KEY_LENGTH + " characters once normalized (NFKC)");
        }
        return stored;
    }

    /** The canonical form of a name that passes {@link #required}, or empty for any other. */
    public static Optional<String> validKey(String value) {
        if (value == null || refused(value).isPresent()) {
            return Optional.empty();
        }
        String key = key(value);
        return key.isEmpty() || key.length() > MAX_KEY_LENGTH ? Optional.empty() : Optional.of(key);
    }

    /**
     * The canonical form of any name, also one stored before these rules: refused characters count
     * as a space where they are white space (TAB, LF) and as nothing otherwise.
     */
    public static String key(String value) {
        String kept = Normalizer.normalize(withoutRefused(value), Normalizer.Form.NFKC);
        String folded = withoutIgnorable(kept).toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return collapseSpaces(Normalizer.normalize(folded, Normalizer.Form.NFKC));
    }

    /**
     * The name with every character a person cannot see written out as {@code <U+200B>}, so that
     * two names which look alike can be told apart on a page or in a report.
     */
    public static String visible(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp != ' ' && (isRefused(cp) || isIgnorable(cp) || isBlank(cp))) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The index of the first refused character, if any. */
    private static Optional<Integer> refused(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (isRefused(cp)) {
                return Optional.of(i);
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    static boolean isRefused(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    /**
     * Default-ignorable code points (Unicode DerivedCoreProperties) that are not Cc or Cf: they draw
     * nothing, so they count for nothing in the canonical form.
     */
    static boolean isIgnorable(int cp) {
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** White space of any kind, and the Braille blank, which draws nothing either. */
    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x2800;
    }

    private static String withoutRefused(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (!isRefused(cp)) {
                out.appendCodePoint(cp);
            } else if (isBlank(cp)) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static String withoutIgnorable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(cp -> !isIgnorable(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String collapseSpaces(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (isBlank(cp)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " (" + name + ")");
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, detail);
    }
}
