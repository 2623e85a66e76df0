package io.provisio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.testing.SeededInputs;
import jakarta.json.JsonObject;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Supplied text renders quoted, escaped and bounded, so it cannot read as the server's words. */
class AuditDetailsTest {

    @Test
    void aSuppliedValueIsQuotedAndFactsArePlain() {
        AuditDetails details = AuditDetails.of().supplied("userName", "bob; via token 42").fact("via token", "7");

        assertEquals("userName \"bob; via token 42\"; via token: 7", details.render());
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"a\\\"; b\\\\ c\\nd\\te\\u0000\"", AuditDetails.quote("a\"; b\\ c\nd\te\u0000"));
    }

    @Test
    void invisibleFormattingCharactersAreShownEscaped() {
        // a right-to-left override would make the rest of a line read backwards
        assertEquals("\"x\\u202ey\\u2028z\"", AuditDetails.quote("x\u202ey\u2028z"));
    }

    @Test
    void aLongValueIsCutAndMarked() {
        String quoted = AuditDetails.quote("a".repeat(5000));

        assertEquals("\"" + "a".repeat(AuditDetails.MAX_SHOWN - 1) + "…\" (cut, 5000 characters)", quoted);
    }

    @Test
    void theRenderedTextNamesTheLengthSent() {
        String rendered = AuditDetails.of().supplied("displayName", "g".repeat(300)).render();

        assertTrue(rendered.endsWith("…\" (cut, 300 characters)"), rendered);
    }

    @Test
    void aValueOfTheBoundIsKeptWhole() {
        String exact = "b".repeat(AuditDetails.MAX_SHOWN);

        assertEquals("\"" + exact + "\"", AuditDetails.quote(exact));
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(300);

        String cut = AuditDetails.cut(emoji, 10);

        assertEquals("\uD83D\uDE00".repeat(9) + "…", cut);
    }

    @Test
    void theFieldsKeepTheValuesAsGiven() {
        JsonObject json = AuditDetails.of().supplied("displayName", "X; added 0, removed 250").fact("added", 3L)
                .fact("removed", 1).json();

        assertEquals("X; added 0, removed 250", json.getString("displayName"));
        assertEquals(3, json.getInt("added"));
        assertEquals(1, json.getInt("removed"));
    }

    @Test
    void nullValuesAreLeftOut() {
        AuditDetails details = AuditDetails.of().supplied("a", null).fact("b", null);

        assertTrue(details.isEmpty());
        assertEquals("", details.render());
    }

    /** Whatever a client sends, the rendered value is one quoted string: no bare quote ends it early. */
    @Test
    void noSuppliedTextEscapesItsQuotes() {
        long seed = SeededInputs.create().seed(); // -Dprovisio.seed=<seed> repeats a run
        Random random = new Random(seed);
        String alphabet = "ab\"\\;: \n\r\t\u0000\u202e\u2028…x";
        for (int i = 0; i < 2000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(260);
            for (int j = 0; j < length; j++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String rendered = AuditDetails.of().supplied("v", value.toString()).render();
            String inside = rendered.substring("v \"".length(), rendered.lastIndexOf('"'));
            assertFalse(inside.replace("\\\\", "").replace("\\\"", "").contains("\""),
                    "seed " + seed + ": " + rendered);
            assertFalse(inside.contains("\n") || inside.contains("\r") || inside.contains("\u202e"),
                    "seed " + seed + ": " + rendered);
            assertTrue(rendered.length() <= "v \"\" (cut, 999 characters)".length() + 6 * AuditDetails.MAX_SHOWN,
                    "seed " + seed + ": " + rendered.length());
        }
    }
}
