package io.provisio.scim.filter;

import io.provisio.scim.ScimException;
import io.provisio.scim.patch.PatchPath;
import io.provisio.testing.SeededInputs;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends, the parsers either return a result or throw {@link ScimException};
 * anything else (a RuntimeException, a StackOverflowError) would become a 500.
 */
class ParserRobustnessTest {

    private static final List<String> TOKENS = List.of(
        "userName", "emails", "name.givenName", "meta.lastModified", "value", "type",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", ":department",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName", "$ref", ".", ":",
        "eq", "NE", "co", "sw", "Ew", "gt", "ge", "lt", "le", "pr", "and", "OR", "not",
        "(", ")", "[", "]", "\"", "\"work\"", "\"a\\\"b\"", "\"\\u00e9\"", "\"\\u12", "\\",
        "true", "False", "null", "42", "-1.5e3", "1e999999999999", "01", "-", "+", " ", "  ", "\t", "\u0000", "é");
    private static final List<String> OPENERS = List.of("(", "not (", "NOT(", "emails[", "a[");

    private final SeededInputs inputs = SeededInputs.create();

    @Test
    void filterParserOnRandomStrings() {
        inputs.forEach(2000, random -> {
            String text = SeededInputs.text(random, 200);
            onlyScimException(FilterParser::parse, text);
            onlyScimException(FilterParser::parseValueFilter, text);
        });
    }

    @Test
    void patchPathOnRandomStrings() {
        inputs.forEach(2000, random -> onlyScimException(PatchPath::parse, SeededInputs.text(random, 200)));
    }

    @Test
    void filterParserOnGrammarSoup() {
        inputs.forEach(3000, random -> onlyScimException(FilterParser::parse, soup(random)));
    }

    @Test
    void patchPathOnGrammarSoup() {
        inputs.forEach(3000, random -> {
            String text = soup(random);
            onlyScimException(PatchPath::parse, text);
            onlyScimException(PatchPath::parse, "emails[" + text + "].value");
        });
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        inputs.forEach(200, random -> {
            int depth = random.nextInt(20_001);
            String opener = OPENERS.get(random.nextInt(OPENERS.size()));
            String text = opener.repeat(depth) + "a pr" + (opener.endsWith("[") ? "]" : ")").repeat(depth);
            onlyScimException(FilterParser::parse, text);
            onlyScimException(PatchPath::parse, text);
        });
    }

    private static String soup(java.util.Random random) {
        return SeededInputs.soup(random, TOKENS, 40, random.nextBoolean() ? "" : " ");
    }

    private static void onlyScimException(Function<String, ?> parser, String text) {
        try {
            parser.apply(text);
        } catch (ScimException expected) {
            // the only acceptable failure: a 400 with a scimType
        }
    }
}
