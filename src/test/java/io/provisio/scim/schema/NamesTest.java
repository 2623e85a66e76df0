package io.provisio.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import java.text.Normalizer;
import java.util.Optional;
import io.provisio.testing.SeededInputs;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every twin of "alice" a person cannot tell apart either collides with it or is refused. */
class NamesTest {

    private static final String ALICE = "alice";

    static Stream<Arguments> refusedTwins() {
        return Stream.of(
                Arguments.of("zero width space", "alice\u200B", "U+200B"),
                Arguments.of("zero width space inside", "al\u200Bice", "U+200B"),
                Arguments.of("zero width joiner", "alice\u200D", "U+200D"),
                Arguments.of("zero width non-joiner", "ali\u200Cce", "U+200C"),
                Arguments.of("byte order mark", "\uFEFFalice", "U+FEFF"),
                Arguments.of("soft hyphen", "ali\u00ADce", "U+00AD"),
                Arguments.of("right-to-left override", "alice\u202E", "U+202E"),
                Arguments.of("word joiner", "alice\u2060", "U+2060"),
                Arguments.of("tag character", "alice\uDB40\uDC41", "U+E0041"),
                Arguments.of("tab", "alice\t", "U+0009"),
                Arguments.of("line feed", "alice\n", "U+000A"),
                Arguments.of("carriage return", "\ralice", "U+000D"),
                Arguments.of("nul", "alice\u0000", "U+0000"),
                Arguments.of("delete", "alice\u007F", "U+007F"),
                Arguments.of("C1 control", "alice\u0085", "U+0085"),
                Arguments.of("line separator", "alice\u2028", "U+2028"),
                Arguments.of("paragraph separator", "alice\u2029", "U+2029"),
                Arguments.of("lone surrogate", "alice\uD800", "U+D800"),
                Arguments.of("noncharacter", "alice\uFFFF", "U+FFFF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTwins")
    void controlFormatAndUnassignedCharactersAreRefusedNamingTheAttribute(String what, String twin, String codePoint) {
        ScimException e = assertThrows(ScimException.class, () -> Names.required(twin, "userName"));
        assertEquals(400, e.status());
        assertEquals(Optional.of(ScimType.INVALID_VALUE), e.scimType());
        assertTrue(e.detail().startsWith("userName must not contain " + codePoint), e.detail());
        assertEquals(Optional.empty(), Names.validKey(twin));
        // a name stored before the rules still has a canonical form, and it is alice's
        assertEquals(ALICE, Names.key(twin), what);
    }

    static Stream<Arguments> collidingTwins() {
        return Stream.of(
                Arguments.of("upper case", "ALICE"),
                Arguments.of("mixed case", "Alice"),
                Arguments.of("leading space", " alice"),
                Arguments.of("trailing space", "alice "),
                Arguments.of("both", "  alice  "),
                Arguments.of("trailing no-break space", "alice\u00A0"),
                Arguments.of("leading ideographic space", "\u3000alice"),
                Arguments.of("narrow no-break space", "alice\u202F"),
                Arguments.of("fullwidth letters", "\uFF41\uFF4C\uFF49\uFF43\uFF45"),
                Arguments.of("fullwidth capitals", "\uFF21\uFF2C\uFF29\uFF23\uFF25"),
                Arguments.of("variation selector", "alice\uFE0F"),
                Arguments.of("combining grapheme joiner", "ali\u034Fce"),
                Arguments.of("hangul filler", "alice\u3164"),
                Arguments.of("halfwidth hangul filler", "\uFFA0alice"),
                Arguments.of("braille blank", "alice\u2800"),
                Arguments.of("mathematical letters", "\uD835\uDC1A\uD835\uDC25\uD835\uDC22\uD835\uDC1C\uD835\uDC1E"),
                Arguments.of("circled letters", "\u24D0\u24DB\u24D8\u24D2\u24D4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collidingTwins")
    void namesThatLookAlikeShareTheCanonicalForm(String what, String twin) {
        assertEquals(Names.key(ALICE), Names.key(Names.required(twin, "userName")), what);
        assertEquals(Optional.of(ALICE), Names.validKey(twin), what);
    }

    @Test
    void theStoredValueIsWhatWasSentInNfc() {
        String nfd = "jose\u0301";
        String nfc = "jos\u00E9";
        assertEquals(nfc, Names.required(nfd, "userName"));
        assertEquals(nfc, Names.required(nfc, "userName"));
        assertEquals(Names.key(nfc), Names.key(nfd));
        // what was sent stays: case, spaces, fullwidth letters
        assertEquals(" Alice\u00A0", Names.required(" Alice\u00A0", "userName"));
        assertEquals("\uFF41\uFF4C\uFF49\uFF43\uFF45", Names.required("\uFF41\uFF4C\uFF49\uFF43\uFF45", "userName"));
    }

    @Test
    void namesWithoutAVisibleCharacterAreMissing() {
        for (String blank : new String[] {"", " ", "\u00A0\u00A0", "\u3000", "\u3164", "\uFE0F", "\u2800 \u2800"}) {
            ScimException e = assertThrows(ScimException.class, () -> Names.required(blank, "displayName"), blank);
            assertEquals(Optional.of(ScimType.INVALID_VALUE), e.scimType());
            assertTrue(e.detail().startsWith("displayName is required"), e.detail());
        }
        assertThrows(ScimException.class, () -> Names.required(null, "displayName"));
        assertThrows(ScimException.class, () -> Names.required("\u200B", "displayName"));
    }

    @Test
    void casesFoldAsAPersonReadsThem() {
        assertEquals(Names.key("strasse"), Names.key("STRAßE"));
        assertEquals(Names.key("strasse"), Names.key("STRA\u1E9EE"));
        assertEquals(Names.key("\u039F\u0394\u039F\u03A3"), Names.key("\u03BF\u03B4\u03BF\u03C3"));
        assertEquals(Names.key("\u212Aelvin"), Names.key("kelvin"));
        assertEquals(Names.key("\uFB03x"), Names.key("ffix"));
    }

    @Test
    void whiteSpaceInsideCountsOnceAndOnlyAsSpace() {
        assertEquals("al ice", Names.key("al\u00A0\u00A0 ice"));
        assertNotEquals(Names.key("alice"), Names.key("al ice"));
        assertNotEquals(Names.key("alice"), Names.key("alíce"));
        assertNotEquals(Names.key("alice1"), Names.key("alice2"));
    }

    @Test
    void lengthsAreCheckedAfterNormalizing() {
        String ok = "a".repeat(Names.MAX_LENGTH);
        assertEquals(ok, Names.required(ok, "userName"));
        // U+0958 has no precomposed NFC form: it becomes two characters
        ScimException longer = assertThrows(ScimException.class,
                () -> Names.required("\u0958".repeat(200), "userName"));
        assertTrue(longer.detail().contains("longer than 256"), longer.detail());
        // U+FDFA becomes 18 characters under NFKC
        ScimException expands = assertThrows(ScimException.class,
                () -> Names.required("\uFDFA".repeat(40), "userName"));
        assertTrue(expands.detail().contains("once normalized"), expands.detail());
    }

    @Test
    void visibleWritesOutWhatCannotBeSeen() {
        assertEquals("alice<U+200B>", Names.visible("alice\u200B"));
        assertEquals("<U+00A0>alice <U+0009>", Names.visible("\u00A0alice \t"));
        assertEquals("jos\u00E9", Names.visible("jos\u00E9"));
    }

    @Test
    void theCanonicalFormIsItsOwnCanonicalForm() {
        long seed = SeededInputs.create().seed(); // -Dprovisio.seed=<seed> repeats a run
        Random random = new Random(seed);
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x1E00, 0x1FFF},
                {0x2000, 0x2BFF}, {0x3000, 0x33FF}, {0xFB00, 0xFFEF}, {0x1D400, 0x1D7FF}, {0xE0000, 0xE01EF}};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8) + 1; i > 0; i--) {
                int[] range = ranges[random.nextInt(ranges.length)];
                s.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            String name = s.toString();
            String key = Names.key(name);
            assertEquals(key, Names.key(key), "seed " + seed + ", name " + Names.visible(name));
            assertEquals(key, Names.key(Normalizer.normalize(name, Normalizer.Form.NFC)), "seed " + seed);
            assertEquals(key, Names.key(name.toUpperCase(java.util.Locale.ROOT)), "seed " + seed + ", " + name);
        }
    }
}
