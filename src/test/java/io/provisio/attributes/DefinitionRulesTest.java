package io.provisio.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"costCenter", "a", "x1", "cost-center", "cost_center", "A_1-b"})
    void validNamesPass(String name) {
        assertEquals(name, DefinitionRules.name(name));
    }

    @Test
    void sixtyFourCharactersPassAndSixtyFiveDoNot() {
        assertEquals(64, DefinitionRules.name("x".repeat(64)).length());
        assertTrue(refusal(() -> DefinitionRules.name("x".repeat(65))).contains("at most 64"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1abc", "a b", "-a", "_a", "cost.center", "costé", "a\tb", " costCenter", "$ref"})
    void invalidNamesAreRefusedWithTheRule(String name) {
        assertTrue(refusal(() -> DefinitionRules.name(name)).contains("starts with a letter"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingNameIsNamedAsMissing(String name) {
        assertTrue(refusal(() -> DefinitionRules.name(name)).contains("needs a \"name\""));
    }

    @Test
    void aUrnIsRefusedWithAHint() {
        assertTrue(refusal(() -> DefinitionRules.name("urn:foo")).contains("not a URN"));
        assertTrue(refusal(() -> DefinitionRules.name(
                "urn:ietf:params:scim:schemas:extension:ivanti:2.0:User:costCenter")).contains("not a URN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"string", "STRING", "Boolean", "integer", "decimal", "dateTime", "datetime", " dateTime "})
    void typesAreKnownByKeywordIgnoringCase(String keyword) {
        assertEquals(keyword.trim().toLowerCase(), DefinitionRules.type(keyword).keyword().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "int", "date", "complex", "reference", "binary", ""})
    void unknownTypesAreRefusedNamingTheAllowedOnes(String keyword) {
        assertTrue(refusal(() -> DefinitionRules.type(keyword))
                .contains("allowed: string, boolean, integer, decimal, dateTime"));
    }

    @Test
    void aMissingTypeIsNamedAsMissing() {
        assertTrue(refusal(() -> DefinitionRules.type(null)).contains("needs a \"type\""));
    }

    @Test
    void theEntityGuardsTheNameItself() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThrows(IllegalArgumentException.class, () -> new CustomAttribute("a b", CustomAttributeType.STRING, now));
        CustomAttribute attribute = new CustomAttribute("costCenter", CustomAttributeType.DATE_TIME, now);
        assertEquals("dateTime", attribute.definition().type().keyword());
    }

    private static String refusal(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }
}
