package io.provisio.scim.filter;

import io.provisio.scim.ScimException;
import io.provisio.scim.patch.PatchPath;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever a client sends, the parsers either return a result or throw {@link ScimException};
 * anything else (a RuntimeException, a StackOverflowError) would become a 500.
 */
class ParserRobustnessTest {

    private static final String[] TOKENS = {
        "userName", "emails", "name.givenName", "meta.lastModified", "value", "type",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", ":department",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName", "$ref", ".", ":",
        "eq", "NE", "co", "sw", "Ew", "gt", "ge", "lt", "le", "pr", "and", "OR", "not",
        "(", ")", "[", "]", "\"", "\"work\"", "\"a\\\"b\"", "\"\\u00e9\"", "\"\\u12", "\\",
        "true", "False", "null", "42", "-1.5e3", "1e999999999999", "01", "-", "+", " ", "  ", "\t", "\u0000", "é"
    };

    @Property(tries = 2000)
    void filterParserOnRandomStrings(@ForAll @StringLength(max = 200) String text) {
        onlyScimException(FilterParser::parse, text);
        onlyScimException(FilterParser::parseValueFilter, text);
    }

    @Property(tries = 2000)
    void patchPathOnRandomStrings(@ForAll @StringLength(max = 200) String text) {
        onlyScimException(PatchPath::parse, text);
    }

    @Property(tries = 3000)
    void filterParserOnGrammarSoup(@ForAll("grammarSoup") String text) {
        onlyScimException(FilterParser::parse, text);
    }

    @Property(tries = 3000)
    void patchPathOnGrammarSoup(@ForAll("grammarSoup") String text) {
        onlyScimException(PatchPath::parse, text);
        onlyScimException(PatchPath::parse, "emails[" + text + "].value");
    }

    @Property(tries = 200)
    void deepNestingIsRefusedNotOverflowed(@ForAll @IntRange(min = 0, max = 20_000) int depth,
            @ForAll("openers") String opener) {
        String text = opener.repeat(depth) + "a pr" + (opener.endsWith("[") ? "]" : ")").repeat(depth);
        onlyScimException(FilterParser::parse, text);
        onlyScimException(PatchPath::parse, text);
    }

    @Provide
    Arbitrary<String> grammarSoup() {
        return Combinators.combine(Arbitraries.of(TOKENS).list().ofMaxSize(40), Arbitraries.of("", " "))
                .as((tokens, separator) -> String.join(separator, tokens));
    }

    @Provide
    Arbitrary<String> openers() {
        return Arbitraries.of("(", "not (", "NOT(", "emails[", "a[");
    }

    private static void onlyScimException(Function<String, ?> parser, String text) {
        try {
            parser.apply(text);
        } catch (ScimException expected) {
            // the only acceptable failure: a 400 with a scimType
        }
    }
}
